/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import java.util.List;
import org.koprogo.ports.out.Expense;

/** Use case: read distributed expenses with every lot's part. */
public interface ReadExpenses {

  /**
   * One expense.
   *
   * @param organisation the tenant
   * @param expense the expense's id
   * @return the expense as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  Expense expense(String organisation, String expense);

  /**
   * The expenses distributed over a building's lots.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @return its expenses
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building
   */
  List<Expense> expenses(String organisation, String building);
}
