/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.domain.building.BuildingId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.Expenses;
import org.koprogo.ports.out.OrganisationId;

/** {@link Expenses} in memory (see {@link MemoryDatabase}). */
public final class InMemoryExpenses extends InMemoryAggregates<ExpenseId, Expense> implements Expenses {
  InMemoryExpenses(MemoryDatabase db) {
    super(db, "expense", Expense::organisation, Expense::id, Expense::version, Expense::withVersion);
  }

  @Override
  public List<Expense> ofBuilding(OrganisationId organisation, BuildingId building) {
    List<Expense> result = new ArrayList<>(where(organisation, e -> e.building().equals(building)));
    result.sort(Comparator.comparing(Expense::bookedOn).thenComparing(Expense::id));
    return List.copyOf(result);
  }
}
