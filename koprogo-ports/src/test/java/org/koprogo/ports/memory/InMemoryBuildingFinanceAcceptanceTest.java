/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.ports.contract.BuildingFinanceAcceptanceContract;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PenaltyPolicies;

class InMemoryBuildingFinanceAcceptanceTest extends BuildingFinanceAcceptanceContract {
  private MemoryDatabase db;

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    db = new MemoryDatabase(clock);
    return db.ports();
  }

  @Override
  protected PenaltyPolicies penaltyPolicies() {
    return new InMemoryPenaltyPolicies(db);
  }
}
