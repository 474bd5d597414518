/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.ports.contract.OutboxChannelContract;
import org.koprogo.ports.out.OutPorts;

class InMemoryOutboxChannelContractTest extends OutboxChannelContract {
  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return new MemoryDatabase(clock).ports();
  }
}
