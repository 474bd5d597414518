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
 * The association's own reserve: it should hold {@code months} months of costs; the surplus
 * destination {@code destination} is what tops it up.
 *
 * @param current what the reserve holds now, never negative ({@code NEGATIVE_AMOUNT})
 * @param months how many months of costs the reserve should cover, never negative
 * @param destination the id of the surplus destination that feeds the reserve, not blank
 */
public record ReservePolicy(Money current, int months, String destination) {
  /** The destination that feeds the reserve when none is named. */
  public static final String DEFAULT_DESTINATION = "reserve";

  /**
   * Checks the policy.
   *
   * @param current what the reserve holds now, never negative ({@code NEGATIVE_AMOUNT})
   * @param months how many months of costs the reserve should cover, never negative
   * @param destination the id of the surplus destination that feeds the reserve, not blank
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative current reserve, {@code
   *     INVALID_TERM} for a negative number of months, {@code INVALID_FIELD} for a blank
   *     destination
   */
  public ReservePolicy {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(destination, "destination");
    if (current.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT,
          "the reserve's current amount " + current.toPlainString() + " is negative",
          "field", "reserve.current", "value", current.toPlainString());
    }
    if (months < 0) {
      throw KoproGoException.of(
          ErrorCode.INVALID_TERM,
          "the reserve's months " + months + " is negative",
          "field", "reserve.months", "value", months);
    }
    if (destination.isBlank()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "the reserve's destination is not blank",
          "field", "reserve.destination");
    }
  }

  /**
   * A reserve of {@code months} months of costs fed by the destination {@code "reserve"}.
   *
   * @param current the reserve today, zero or more
   * @param months the months of costs to hold, zero or more
   * @return the policy
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative reserve, {@code INVALID_TERM}
   *     for a negative number of months
   */
  public static ReservePolicy of(Money current, int months) {
    return new ReservePolicy(current, months, DEFAULT_DESTINATION);
  }
}
