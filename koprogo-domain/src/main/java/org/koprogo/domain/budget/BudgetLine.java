/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * One line of a yearly budget: an expected expense of one fund, and the key that distributes it
 * over the lots.
 *
 * @param label what it is ("heating", "reserve fund contribution"), never null
 * @param fund the fund it belongs to, never null
 * @param amount the yearly amount, never negative ({@code NEGATIVE_AMOUNT})
 * @param keys the (composite) key that distributes it, at least one part ({@code EMPTY_KEYS});
 *     copied
 */
public record BudgetLine(String label, Fund fund, Money amount, List<KeyShare> keys) {
  /**
   * Checks the line and copies its keys.
   *
   * @param label what it is ("heating", "reserve fund contribution"), never null
   * @param fund the fund it belongs to, never null
   * @param amount the yearly amount, never negative ({@code NEGATIVE_AMOUNT})
   * @param keys the (composite) key that distributes it, at least one part ({@code EMPTY_KEYS});
   *     copied
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative amount, {@code EMPTY_KEYS}
   *     without a key
   */
  public BudgetLine {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT,
          "budget line '" + label + "' of " + amount.toPlainString() + " is negative",
          "field", "amount", "label", label, "value", amount.toPlainString());
    }
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw KoproGoException.of(
          ErrorCode.EMPTY_KEYS, "budget line '" + label + "' has no distribution key",
          "label", label);
    }
  }

  /**
   * A working-capital line distributed by one key.
   *
   * @param label what it is
   * @param amount the yearly amount, not negative
   * @param key the key that distributes it
   * @return the line
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative amount
   */
  public static BudgetLine workingCapital(String label, Money amount, DistributionKey key) {
    return new BudgetLine(label, Fund.WORKING_CAPITAL, amount, List.of(new KeyShare(BigDecimal.ONE, key)));
  }

  /**
   * A reserve-fund line distributed by one key.
   *
   * @param label what it is
   * @param amount the yearly amount, not negative
   * @param key the key that distributes it
   * @return the line
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative amount
   */
  public static BudgetLine reserve(String label, Money amount, DistributionKey key) {
    return new BudgetLine(label, Fund.RESERVE, amount, List.of(new KeyShare(BigDecimal.ONE, key)));
  }
}
