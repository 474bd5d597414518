/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.building.BuildingId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Money;

/**
 * An expense of a building distributed over its lots (Civil Code art. 3.85 and 3.86 §2): what
 * each lot was charged, adding up to the amount.
 *
 * @param organisation the tenant
 * @param id its id
 * @param building the building
 * @param label what it pays for ("elevator maintenance 2026-Q1")
 * @param amount the amount (negative for a credit note)
 * @param bookedOn the accounting date
 * @param key the distribution key's name ("general", "elevator", a composite key's description)
 * @param allocations every lot's part, in the lots' order
 * @param version the optimistic-lock version (0 before it is first stored)
 */
public record Expense(
    OrganisationId organisation,
    ExpenseId id,
    BuildingId building,
    String label,
    Money amount,
    LocalDate bookedOn,
    String key,
    Map<LotId, Money> allocations,
    long version) {
  /**
   * Checks that every part is given and copies the allocations.
   *
   * @param organisation the tenant
   * @param id its id
   * @param building the building
   * @param label what it pays for ("elevator maintenance 2026-Q1")
   * @param amount the amount (negative for a credit note)
   * @param bookedOn the accounting date
   * @param key the distribution key's name ("general", "elevator", a composite key's description)
   * @param allocations every lot's part, in the lots' order
   * @param version the optimistic-lock version (0 before it is first stored)
   */
  public Expense {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(bookedOn, "bookedOn");
    Objects.requireNonNull(key, "key");
    allocations = Collections.unmodifiableMap(new LinkedHashMap<>(allocations));
  }

  /**
   * This expense at {@code version}.
   *
   * @param version the version
   * @return the expense
   */
  public Expense withVersion(long version) {
    return new Expense(organisation, id, building, label, amount, bookedOn, key, allocations, version);
  }
}
