/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.AssemblyAcceptanceContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;

class H2AssemblyAcceptanceTest extends AssemblyAcceptanceContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return DATABASE.freshPorts(clock);
  }
}
