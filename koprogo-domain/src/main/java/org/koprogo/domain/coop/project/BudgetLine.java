/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.project;

import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * One category of the project's budget: what was planned and what is committed (signed
 * contracts, orders).
 *
 * @param category {@code "land"}, {@code "structure"}, {@code "fees"}...
 */
public record BudgetLine(String category, Money planned, Money committed) {
  public BudgetLine {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(committed, "committed");
    planned.minus(committed); // same currency
    if (category.isBlank()) {
      throw new IllegalArgumentException("a budget category is not blank");
    }
  }

  /** {@code planned - committed}: negative when the category overruns. */
  public Money remaining() {
    return planned.minus(committed);
  }

  /** True when more is committed than planned. */
  public boolean overrun() {
    return committed.compareTo(planned) > 0;
  }
}
