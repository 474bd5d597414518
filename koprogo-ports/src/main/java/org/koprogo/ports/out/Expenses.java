/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.building.BuildingId;
import java.util.List;

/** The distributed expenses of each organisation's buildings (contract: {@link Aggregates}). */
public interface Expenses extends Aggregates<ExpenseId, Expense> {
  /** The expenses of {@code building}, by date then id. */
  List<Expense> ofBuilding(OrganisationId organisation, BuildingId building);

  @Override
  default String kind() {
    return "expense";
  }
}
