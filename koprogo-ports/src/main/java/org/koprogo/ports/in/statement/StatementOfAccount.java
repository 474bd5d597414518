/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.statement;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.statement.OwnerStatement;
import org.koprogo.domain.statement.Reminder;
import org.koprogo.ports.in.penalty.AppliedPenaltyPolicy;

/**
 * An owner's statement of account as of a day, with where each installment comes from.
 *
 * @param owner the owner's id
 * @param asOf the day
 * @param currency the currency of the owner's first building (EUR when the owner holds no lot)
 * @param statement the domain's statement (lines, payments, totals, balance)
 * @param buildings every building the owner holds a lot in, in the order of their lots
 * @param policies the policy applied in each of those buildings, in the same order
 * @param credits the credit notes imputed like payments
 * @param buildingOfInstallment the building of each installment, by installment (expense) id
 * @param reminder the reminder due under the first building's ladder, or null
 */
public record StatementOfAccount(String owner, LocalDate asOf, Currency currency, OwnerStatement statement,
    List<BuildingId> buildings, List<AppliedPenaltyPolicy> policies, List<Credit> credits,
    Map<String, String> buildingOfInstallment, Reminder reminder) {

  /**
   * A statement of account.
   *
   * @param owner the owner's id
   * @param asOf the day
   * @param currency the currency of the owner's first building (EUR when the owner holds no lot)
   * @param statement the domain's statement (lines, payments, totals, balance)
   * @param buildings every building the owner holds a lot in, in the order of their lots
   * @param policies the policy applied in each of those buildings, in the same order
   * @param credits the credit notes imputed like payments
   * @param buildingOfInstallment the building of each installment, by installment (expense) id
   * @param reminder the reminder due under the first building's ladder, or null
   * @throws NullPointerException when the owner, the day, the currency or the statement is null
   */
  public StatementOfAccount {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(statement, "statement");
    buildings = List.copyOf(buildings);
    policies = List.copyOf(policies);
    credits = List.copyOf(credits);
    buildingOfInstallment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(buildingOfInstallment));
  }

  /**
   * The owner's first building.
   *
   * @return the building of the owner's first lot, empty when the owner holds no lot
   */
  public Optional<BuildingId> building() {
    return buildings.isEmpty() ? Optional.empty() : Optional.of(buildings.get(0));
  }

  /**
   * A credit note of an expense (a negative part), credited on its booking day and imputed like
   * a payment.
   *
   * @param expense the expense's id
   * @param building the building's id
   * @param date its booking day
   * @param amount the amount credited, positive
   */
  public record Credit(String expense, String building, LocalDate date, Money amount) {}
}
