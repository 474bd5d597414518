/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.payment.CallReference;
import org.koprogo.domain.payment.ReferenceRegister;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/** Each building's {@link ReferenceRegister}, kept in the aggregate store under the building's id. */
final class References {
  private final OutPorts ports;

  References(OutPorts ports) {
    this.ports = ports;
  }

  /** The building's register (empty when no call was issued yet). */
  ReferenceRegister of(OrganisationId org, BuildingId building) {
    return ports.aggregateStore().find(org, ReferenceRegister.class, building.value())
        .map(AggregateStore.Stored::aggregate).orElse(ReferenceRegister.empty());
  }

  /** Issues call {@code call} to {@code owner} (in the caller's unit of work); returns the printed reference. */
  String issue(OrganisationId org, BuildingId building, int call, OwnerId owner, String entry, Money amount) {
    Optional<AggregateStore.Stored<ReferenceRegister>> stored =
        ports.aggregateStore().find(org, ReferenceRegister.class, building.value());
    ReferenceRegister before = stored.map(AggregateStore.Stored::aggregate).orElse(ReferenceRegister.empty());
    ReferenceRegister after = before.issue(call, owner, entry, amount);
    if (after != before) {
      if (stored.isPresent()) {
        ports.aggregateStore().update(stored.get().with(after));
      } else {
        ports.aggregateStore().add(org, building.value(), after);
      }
    }
    int account = after.accountOf(owner).orElseThrow();
    return new CallReference(call, account).communication().printed();
  }
}
