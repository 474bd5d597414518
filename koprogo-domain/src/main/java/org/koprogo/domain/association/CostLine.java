/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * One category of the association's costs over a period ("infrastructure", "staff").
 *
 * @param label the category, never null
 * @param amount the cost, never negative ({@code NEGATIVE_AMOUNT})
 */
public record CostLine(String label, Money amount) {
  /**
   * Checks the line.
   *
   * @param label the category, never null
   * @param amount the cost, never negative ({@code NEGATIVE_AMOUNT})
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative amount
   */
  public CostLine {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT,
          "cost '" + label + "' of " + amount.toPlainString() + " is negative",
          "field", "costs", "label", label, "value", amount.toPlainString());
    }
  }

  /**
   * {@code label} costs {@code amount}.
   *
   * @param label what it is ({@code "hosting"})
   * @param amount what it costs, zero or more
   * @return the line
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative amount
   */
  public static CostLine of(String label, Money amount) {
    return new CostLine(label, amount);
  }
}
