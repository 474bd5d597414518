/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.ports.contract.OutboxDrainContract;
import org.koprogo.ports.out.OutPorts;

class InMemoryOutboxDrainContractTest extends OutboxDrainContract {
  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return new MemoryDatabase(clock).ports();
  }
}
