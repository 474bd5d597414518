/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Civil Code art. 3.86 §3: the reserve fund's yearly contribution is at least 5% of the previous
 * year's ordinary common charges, unless the assembly decides otherwise by four fifths of the
 * votes.
 *
 * <p>The comparison is exact: a contribution meets the minimum when {@code contribution >= 5% *
 * previous charges}; the minimum shown is that amount rounded up to the cent (the smallest
 * contribution that meets it). The obligation applies at the latest from five years after the
 * provisional acceptance of the common parts ({@link #requiredFor}).
 */
public final class ReserveFundMinimum {
  /** The minimum part of the previous year's ordinary common charges: 5%. */
  public static final Fraction MINIMUM_PART = Fraction.of(5, 100);

  /** The years after the provisional acceptance of the common parts by which the fund exists. */
  public static final int YEARS_AFTER_PROVISIONAL_ACCEPTANCE = 5;

  private ReserveFundMinimum() {}

  /**
   * True when a financial year starting on {@code yearStart} must feed the reserve fund: it starts
   * once five years have passed since the provisional acceptance of the common parts.
   *
   * @param yearStart the first day of the financial year
   * @param provisionalAcceptance the day of the provisional acceptance of the common parts
   * @return whether the minimum applies
   */
  public static boolean requiredFor(LocalDate yearStart, LocalDate provisionalAcceptance) {
    Objects.requireNonNull(yearStart, "yearStart");
    Objects.requireNonNull(provisionalAcceptance, "provisionalAcceptance");
    return !yearStart.isBefore(provisionalAcceptance.plusYears(YEARS_AFTER_PROVISIONAL_ACCEPTANCE));
  }

  /**
   * The smallest contribution that meets the minimum: 5% of the charges, rounded up.
   *
   * @param previousYearOrdinaryCharges the ordinary common charges of the previous year
   * @return the minimum contribution
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for negative charges
   */
  public static Money minimumFor(Money previousYearOrdinaryCharges) {
    requireNonNegative(previousYearOrdinaryCharges, "previousYearOrdinaryCharges");
    return previousYearOrdinaryCharges.times(MINIMUM_PART, RoundingMode.CEILING);
  }

  /**
   * Checks the reserve contribution of {@code budget}.
   *
   * @param budget the year's budget
   * @param previousYearOrdinaryCharges the ordinary common charges of the previous year
   * @param waiver the assembly's waiver, or null
   * @return the verdict, with the minimum and the shortfall
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for negative charges
   */
  public static ReserveFundCheck check(
      YearlyBudget budget, Money previousYearOrdinaryCharges, ReserveFundWaiver waiver) {
    Objects.requireNonNull(budget, "budget");
    return check(budget.reserveContribution(), previousYearOrdinaryCharges, waiver);
  }

  /**
   * Checks a yearly reserve contribution.
   *
   * @param contribution the planned yearly contribution, never negative
   * @param previousYearOrdinaryCharges the ordinary common charges of the previous year, never
   *     negative
   * @param waiver the assembly's vote not to constitute the fund (or to call less), or null
   * @return the verdict, never null
   * @throws KoproGoException {@code NEGATIVE_AMOUNT}, {@code CURRENCY_MISMATCH}
   */
  public static ReserveFundCheck check(
      Money contribution, Money previousYearOrdinaryCharges, ReserveFundWaiver waiver) {
    requireNonNegative(contribution, "contribution");
    Money minimum = minimumFor(previousYearOrdinaryCharges);
    Money shortfall = minimum.minus(contribution).max(Money.zero(minimum.currency()));
    String figures =
        "contribution " + contribution.toPlainString() + ", minimum " + minimum.toPlainString()
            + " (5% of " + previousYearOrdinaryCharges.toPlainString() + ")";
    if (contribution.compareTo(minimum) >= 0) {
      return new ReserveFundCheck(
          ReserveFundCheck.Verdict.MINIMUM_MET, contribution, minimum, shortfall, waiver,
          "the minimum is met: " + figures);
    }
    if (waiver != null && waiver.fourFifthsReached()) {
      return new ReserveFundCheck(
          ReserveFundCheck.Verdict.WAIVED_BY_FOUR_FIFTHS, contribution, minimum, shortfall, waiver,
          "below the minimum as resolution " + waiver.resolution() + " decided by "
              + waiver.partFor() + " of the votes cast (four fifths needed): " + figures);
    }
    String why =
        waiver == null
            ? "no four-fifths decision allows it"
            : "resolution " + waiver.resolution() + " obtained " + waiver.partFor()
                + " of the votes cast, not four fifths";
    return new ReserveFundCheck(
        ReserveFundCheck.Verdict.BELOW_MINIMUM, contribution, minimum, shortfall, waiver,
        "below the minimum by " + shortfall.toPlainString() + " and " + why + ": " + figures);
  }

  private static void requireNonNegative(Money amount, String field) {
    Objects.requireNonNull(amount, field);
    if (amount.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, field + " " + amount.toPlainString() + " is negative",
          "field", field, "value", amount.toPlainString());
    }
  }
}
