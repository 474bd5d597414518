/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.loan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.koprogo.domain.shared.Fraction;

/** How a loan's annual rate becomes the monthly rate of its schedule. */
public enum MonthlyRateConvention {
  /**
   * RULES.md ({@code loan-schedule}): the nominal monthly rate {@code annual / 12}, exact.
   */
  NOMINAL {
    @Override
    public Fraction monthlyRate(BigDecimal annualRatePercent) {
      return Fraction.of(annualRatePercent).dividedBy(Fraction.of(1200));
    }
  },
  /**
   * The actuarial (equivalent) monthly rate {@code (1 + annual)^(1/12) - 1}: twelve months of
   * compounding give exactly the annual rate.
   *
   * <p>The twelfth root is irrational in general: this is the one place of the library with a
   * non-rational intermediate. It is computed by Newton's iteration with {@link #PRECISION}
   * significant digits and then used exactly; a cent of the schedule could only differ from the
   * true value if an exact amount fell within about {@code 1e-30} of a half cent.
   */
  ACTUARIAL {
    @Override
    public Fraction monthlyRate(BigDecimal annualRatePercent) {
      if (annualRatePercent.signum() == 0) {
        return Fraction.ZERO;
      }
      BigDecimal growth = BigDecimal.ONE.add(annualRatePercent.movePointLeft(2));
      BigDecimal root = twelfthRoot(growth);
      return Fraction.of(root.subtract(BigDecimal.ONE));
    }
  };

  /** Significant digits of the actuarial twelfth root. */
  public static final int PRECISION = 40;

  /**
   * The monthly rate (a ratio, not a percent) for an annual rate in percent.
   *
   * @param annualRatePercent the annual rate in percent
   * @return the monthly rate
   */
  public abstract Fraction monthlyRate(BigDecimal annualRatePercent);

  /** The positive twelfth root of {@code c > 0}, rounded half even to {@link #PRECISION} digits. */
  static BigDecimal twelfthRoot(BigDecimal c) {
    MathContext work = new MathContext(PRECISION + 20, RoundingMode.HALF_EVEN);
    BigDecimal twelve = BigDecimal.valueOf(12);
    // Start above the root (Newton's iteration on x^12 - c then decreases monotonically to it).
    BigDecimal x = c.max(BigDecimal.ONE);
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(PRECISION + 10);
    for (int i = 0; i < 10_000; i++) {
      BigDecimal x11 = x.pow(11, work);
      BigDecimal next =
          x.subtract(x11.multiply(x, work).subtract(c, work).divide(twelve.multiply(x11, work), work), work);
      if (next.subtract(x, work).abs().compareTo(tolerance) <= 0) {
        x = next;
        break;
      }
      x = next;
    }
    return x.round(new MathContext(PRECISION, RoundingMode.HALF_EVEN));
  }

  /** {@code (1 + r)^n} exactly, for a rational {@code r}. */
  static Fraction growth(Fraction monthlyRate, int months) {
    BigInteger num = monthlyRate.denominator().add(monthlyRate.numerator());
    BigInteger den = monthlyRate.denominator();
    return Fraction.of(num.pow(months), den.pow(months));
  }
}
