/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number {@code numerator / denominator}, always in lowest terms with a
 * positive denominator.
 *
 * <p>All intermediate arithmetic of the rules is exact; a {@code Fraction} is only rounded where
 * a rule says so, through an explicit {@link RoundingMode}. Immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {
  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The fraction {@code numerator / denominator}, reduced to lowest terms with a positive
   * denominator.
   *
   * @param numerator the numerator, not null
   * @param denominator the denominator, not null and not zero
   * @return the reduced fraction
   * @throws ArithmeticException when {@code denominator} is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Fraction(numerator, denominator);
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the reduced fraction
   * @throws ArithmeticException when {@code denominator} is zero
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * The integer {@code value}.
   *
   * @param value the integer
   * @return {@code value / 1}
   */
  public static Fraction of(long value) {
    return value == 0 ? ZERO : new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * The integer {@code value}.
   *
   * @param value the integer, not null
   * @return {@code value / 1}
   */
  public static Fraction of(BigInteger value) {
    return new Fraction(value, BigInteger.ONE);
  }

  /**
   * The exact value of a decimal.
   *
   * @param value the decimal, not null
   * @return the same value as a reduced fraction ({@code 0.25} is {@code 1/4})
   */
  public static Fraction of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact());
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * The numerator, in lowest terms.
   *
   * @return the numerator, carrying the sign
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * The denominator, in lowest terms.
   *
   * @return the denominator, always positive
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * The sign of this value.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Whether this value is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  /**
   * The exact sum.
   *
   * @param other the other value, not null
   * @return {@code this + other}
   */
  public Fraction plus(Fraction other) {
    if (other.isZero()) {
      return this;
    }
    if (isZero()) {
      return other;
    }
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * The exact difference.
   *
   * @param other the other value, not null
   * @return {@code this - other}
   */
  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  /**
   * The exact product.
   *
   * @param other the other value, not null
   * @return {@code this * other}
   */
  public Fraction times(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * The exact product by an integer.
   *
   * @param factor the integer
   * @return {@code this * factor}
   */
  public Fraction times(long factor) {
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  /**
   * The exact quotient.
   *
   * @param other the divisor, not null and not zero
   * @return {@code this / other}
   * @throws ArithmeticException when {@code other} is zero
   */
  public Fraction dividedBy(Fraction other) {
    if (other.isZero()) {
      throw new ArithmeticException("division by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * The opposite value.
   *
   * @return {@code -this}
   */
  public Fraction negate() {
    return isZero() ? this : new Fraction(numerator.negate(), denominator);
  }

  /**
   * The absolute value.
   *
   * @return this value when not negative, its opposite otherwise
   */
  public Fraction abs() {
    return signum() < 0 ? negate() : this;
  }

  /**
   * The smaller of two values.
   *
   * @param other the other value, not null
   * @return this value when not above {@code other}, {@code other} otherwise
   */
  public Fraction min(Fraction other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two values.
   *
   * @param other the other value, not null
   * @return this value when not below {@code other}, {@code other} otherwise
   */
  public Fraction max(Fraction other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * The largest integer not greater than this value.
   *
   * @return the floor ({@code -7/2} gives {@code -4})
   */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /**
   * The smallest integer not less than this value.
   *
   * @return the ceiling ({@code -7/2} gives {@code -3})
   */
  public BigInteger ceiling() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /**
   * This value rounded to an integer.
   *
   * @param rounding the rounding, not null
   * @return the rounded integer
   * @throws ArithmeticException with {@link RoundingMode#UNNECESSARY} when this value is not an
   *     integer
   */
  public BigInteger round(RoundingMode rounding) {
    return toBigDecimal(0, rounding).toBigIntegerExact();
  }

  /**
   * This value rounded to {@code scale} decimal places.
   *
   * @param scale the number of decimal places
   * @param rounding the rounding, not null
   * @return the rounded decimal, of scale {@code scale}
   * @throws ArithmeticException with {@link RoundingMode#UNNECESSARY} when rounding is needed
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  /**
   * This value rounded half up (halves away from zero) to {@code maxScale} places, written
   * without trailing zeros or a trailing point ({@code "414.2857"}, {@code "300"}).
   *
   * @param maxScale the most decimal places written
   * @return the plain decimal text
   */
  public String toPlainString(int maxScale) {
    BigDecimal rounded = toBigDecimal(maxScale, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    if (rounded.scale() < 0) {
      rounded = rounded.setScale(0);
    }
    return rounded.toPlainString();
  }

  @Override
  public int compareTo(Fraction other) {
    if (denominator.equals(other.denominator)) {
      return numerator.compareTo(other.numerator);
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction f
        && numerator.equals(f.numerator)
        && denominator.equals(f.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}
