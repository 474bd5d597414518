/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import java.util.Optional;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * An association's monthly price history ({@link MonthlyPrice}, each period naming the resolution
 * that set it), stored whole in the aggregate store under {@value #ID}. A change goes through
 * {@link MonthlyPrice#change}, which refuses a resolution that was not adopted one member one vote.
 */
public final class MonthlyPrices {
  /** The id of the price history in the association's aggregate store. */
  public static final String ID = "monthly-price";

  private MonthlyPrices() {}

  /** {@code organisation}'s price history, if it has one. */
  public static Optional<MonthlyPrice> of(OutPorts ports, OrganisationId organisation) {
    return ports.aggregateStore().find(organisation, MonthlyPrice.Snapshot.class, ID)
        .map(s -> MonthlyPrice.restore(s.aggregate()));
  }

  /** Stores {@code price} as {@code organisation}'s price history, replacing the one stored. */
  public static void store(OutPorts ports, OrganisationId organisation, MonthlyPrice price) {
    Optional<Stored<MonthlyPrice.Snapshot>> stored =
        ports.aggregateStore().find(organisation, MonthlyPrice.Snapshot.class, ID);
    if (stored.isPresent()) {
      ports.aggregateStore().update(stored.get().with(price.snapshot()));
    } else {
      ports.aggregateStore().add(organisation, ID, price.snapshot());
    }
  }
}
