/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.BuildingFinanceAcceptanceContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PenaltyPolicies;

class H2BuildingFinanceAcceptanceTest extends BuildingFinanceAcceptanceContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  private JdbcStore store;

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    DATABASE.freshPorts(clock);
    store = new JdbcStore(DATABASE.dataSource(), clock);
    return store.ports();
  }

  @Override
  protected PenaltyPolicies penaltyPolicies() {
    return new JdbcPenaltyPolicies(store);
  }
}
