/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.project;

import java.util.Objects;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One category of the project's budget: what was planned and what is committed (signed
 * contracts, orders).
 *
 * @param category {@code "land"}, {@code "structure"}, {@code "fees"}...
 * @param planned the amount planned
 * @param committed the amount committed so far (contracts signed, orders placed)
 */
public record BudgetLine(String category, Money planned, Money committed) {
  /**
   * Checks the line.
   *
   * @param category {@code "land"}, {@code "structure"}, {@code "fees"}...
   * @param planned the amount planned
   * @param committed the amount committed so far (contracts signed, orders placed)
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code category}) for a blank category,
   *     {@code CURRENCY_MISMATCH} when planned and committed differ in currency
   */
  public BudgetLine {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(committed, "committed");
    planned.minus(committed); // same currency
    if (category.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a budget category is not blank", "field", "category");
    }
  }

  /**
   * {@code planned - committed}: negative when the category overruns.
   *
   * @return the amount left
   */
  public Money remaining() {
    return planned.minus(committed);
  }

  /**
   * True when more is committed than planned.
   *
   * @return whether the category overruns
   */
  public boolean overrun() {
    return committed.compareTo(planned) > 0;
  }
}
