/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Money;

/** The distributed expenses of each organisation's buildings (contract: {@link Aggregates}). */
public interface Expenses extends Aggregates<ExpenseId, Expense> {
  /**
   * The expenses of {@code building}, by date then id.
   *
   * @param organisation the tenant
   * @param building the building
   * @return the expenses
   */
  List<Expense> ofBuilding(OrganisationId organisation, BuildingId building);

  /**
   * A page of the expenses of {@code building} in the order of {@link #ofBuilding(OrganisationId,
   * BuildingId)}: those after the expense {@code after} (from the first when empty; none when it is
   * not one of the building's), at most {@code limit}. A database adapter reads along an index and
   * stops at the limit; this default reads them all.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the last expense of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Expense> ofBuilding(
      OrganisationId organisation, BuildingId building, Optional<ExpenseId> after, int limit) {
    return IdPages.following(ofBuilding(organisation, building), after, Expense::id, limit);
  }

  /**
   * What the expenses of {@code building} charged to {@code lots}: one charge per expense and lot
   * among them, by the expense's date, then its id, then the allocation's order. An owner's
   * statement reads these instead of every expense with every lot's share; a database adapter
   * reads along an index on the lots, this default reads every expense of the building.
   *
   * @param organisation the tenant
   * @param building the building
   * @param lots the lots
   * @return the charges
   */
  default List<LotCharge> chargesOn(OrganisationId organisation, BuildingId building, Collection<LotId> lots) {
    Objects.requireNonNull(lots, "lots");
    List<LotCharge> charges = new ArrayList<>();
    for (Expense e : ofBuilding(organisation, building)) {
      for (Map.Entry<LotId, Money> a : e.allocations().entrySet()) {
        if (lots.contains(a.getKey())) {
          charges.add(new LotCharge(e.id(), e.bookedOn(), a.getKey(), a.getValue()));
        }
      }
    }
    return List.copyOf(charges);
  }

  /**
   * The part of one expense allocated to one lot.
   *
   * @param bookedOn the expense's booking day
   * @param expense the expense
   * @param lot the lot charged
   * @param amount the lot's part of the expense
   */
  record LotCharge(ExpenseId expense, LocalDate bookedOn, LotId lot, Money amount) {
    /**
     * Checks that every part is given.
     *
     * @param expense the expense
     * @param bookedOn the expense's booking day
     * @param lot the lot charged
     * @param amount the lot's part of the expense
     */
    public LotCharge {
      Objects.requireNonNull(expense, "expense");
      Objects.requireNonNull(bookedOn, "bookedOn");
      Objects.requireNonNull(lot, "lot");
      Objects.requireNonNull(amount, "amount");
    }
  }

  @Override
  default String kind() {
    return "expense";
  }
}
