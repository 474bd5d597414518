/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.shared.Money;

/**
 * What the library says about a year's reserve-fund contribution (a value, never an exception).
 *
 * @param verdict which case applies
 * @param contribution the planned yearly contribution
 * @param minimum 5% of the previous year's ordinary common charges, rounded up to the cent
 * @param shortfall {@code max(0, minimum - contribution)}
 * @param waiver the assembly's waiver considered, or null
 * @param explanation the verdict in words, with the figures
 */
public record ReserveFundCheck(
    Verdict verdict,
    Money contribution,
    Money minimum,
    Money shortfall,
    ReserveFundWaiver waiver,
    String explanation) {
  /**
   * Checks that every part is given.
   *
   * @param verdict which case applies
   * @param contribution the planned yearly contribution
   * @param minimum 5% of the previous year's ordinary common charges, rounded up to the cent
   * @param shortfall {@code max(0, minimum - contribution)}
   * @param waiver the assembly's waiver considered, or null
   * @param explanation the verdict in words, with the figures
   */
  public ReserveFundCheck {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(shortfall, "shortfall");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * True unless the contribution is below the minimum without a valid waiver.
   *
   * @return whether the budget complies
   */
  public boolean compliant() {
    return verdict != Verdict.BELOW_MINIMUM;
  }

  /**
   * The waiver, when one was considered.
   *
   * @return the waiver, or empty
   */
  public Optional<ReserveFundWaiver> consideredWaiver() {
    return Optional.ofNullable(waiver);
  }

  /** Which case of art. 3.86 §3 applies. */
  public enum Verdict {
    /** The contribution is at least 5% of the previous year's ordinary common charges. */
    MINIMUM_MET,
    /** The contribution is below 5%, as the assembly decided by a four-fifths majority. */
    WAIVED_BY_FOUR_FIFTHS,
    /** The contribution is below 5% and no four-fifths decision allows it. */
    BELOW_MINIMUM
  }
}
