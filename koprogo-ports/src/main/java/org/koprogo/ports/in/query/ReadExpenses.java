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
   * The expenses distributed over a building's lots, by date then id, at once: its cost grows with
   * the building's history; a host answering requests reads {@link #expenses(String, String,
   * Integer, String) a page}.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @return its expenses
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building
   */
  List<Expense> expenses(String organisation, String building);

  /**
   * A page of the expenses distributed over a building's lots, by date then id: at most {@code
   * limit} after the expense {@code after} (the last of the previous page).
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param limit 1 to 1000; null for 100
   * @param after the last expense of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building,
   *     {@code INVALID_FIELD} naming {@code limit} (out of bounds) or {@code after} (blank or
   *     longer than 100 characters)
   */
  List<Expense> expenses(String organisation, String building, Integer limit, String after);
}
