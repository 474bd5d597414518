/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: a whole number of the currency's minor units (cents for EUR, none for
 * JPY, fils for BHD) and its ISO 4217 currency.
 *
 * <p>Exact: no {@code double} anywhere, every operation overflow-checked ({@code
 * AMOUNT_OVERFLOW}), and every lossy operation takes an explicit {@link RoundingMode}. Text is
 * the strict plain-decimal format with exactly the currency's minor digits ({@code "12.50"},
 * {@code "-3.00"}, {@code "1500"} for JPY).
 *
 * <p>Immutable and thread-safe; never null where a {@code Money} is returned.
 */
public final class Money implements Comparable<Money> {
  /** The default currency of the rules (RULES.md). */
  public static final Currency EUR = Currency.getInstance("EUR");

  private final long minor;
  private final Currency currency;

  private Money(long minor, Currency currency) {
    if (minor == Long.MIN_VALUE) {
      // -2^63 fits a long, but RULES.md bounds money at 2^63 - 1 minor units in absolute value
      throw KoproGoException.of(ErrorCode.AMOUNT_OVERFLOW, "amount out of range");
    }
    this.minor = minor;
    this.currency = currency;
  }

  /** {@code minor} minor units of {@code currency}. */
  public static Money ofMinor(Currency currency, long minor) {
    digits(currency);
    return new Money(minor, currency);
  }

  /** Zero in {@code currency}. */
  public static Money zero(Currency currency) {
    return ofMinor(currency, 0);
  }

  /**
   * The exact amount {@code value} of {@code currency}.
   *
   * @throws KoproGoException {@code INVALID_AMOUNT} when {@code value} has more decimals than the
   *     currency; {@code AMOUNT_OVERFLOW} when it does not fit in 64-bit minor units
   */
  public static Money of(Currency currency, BigDecimal value) {
    Objects.requireNonNull(value, "value");
    int digits = digits(currency);
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > digits) {
      throw KoproGoException.of(
          ErrorCode.INVALID_AMOUNT,
          "amount " + shown(value) + " has more than " + digits + " decimals for "
              + currency.getCurrencyCode(),
          "value",
          shown(value),
          "currency",
          currency.getCurrencyCode());
    }
    // 2^63 has 19 integer digits: anything with more is refused before it is scaled, so a value
    // such as 1E+999999999 costs nothing.
    if (stripped.precision() - stripped.scale() > 19) {
      throw KoproGoException.of(
          ErrorCode.AMOUNT_OVERFLOW, "amount " + stripped + " is too large", "value", stripped.toString());
    }
    BigInteger units = value.movePointRight(digits).toBigIntegerExact();
    // beyond 2^63 - 1 in absolute value (RULES.md): -2^63 fits a long but is refused too
    if (units.abs().bitLength() > 63) {
      throw KoproGoException.of(
          ErrorCode.AMOUNT_OVERFLOW, "amount " + shown(value) + " is too large",
          "value", shown(value));
    }
    return new Money(units.longValue(), currency);
  }

  /** A value as an error quotes it: plain, unless its exponent would make that text huge. */
  private static String shown(BigDecimal value) {
    return Math.abs((long) value.scale()) <= Decimals.MAX_LENGTH ? value.toPlainString() : value.toString();
  }

  /**
   * Parses an amount in the strict plain-decimal format.
   *
   * @throws KoproGoException {@code INVALID_NUMBER} for text that is not a plain decimal, {@code
   *     INVALID_AMOUNT} for too many decimals
   */
  public static Money parse(String text, Currency currency) {
    return parse(text, currency, "amount");
  }

  /** As {@link #parse(String, Currency)}, naming {@code field} in errors. */
  public static Money parse(String text, Currency currency, String field) {
    Objects.requireNonNull(text, "text");
    BigDecimal value = Decimals.parse(text, field);
    int digits = digits(currency);
    int point = text.indexOf('.');
    int decimals = point < 0 ? 0 : text.length() - point - 1;
    if (decimals > digits) {
      throw KoproGoException.of(
          ErrorCode.INVALID_AMOUNT,
          "amount '" + text + "' in " + field + " has more than " + digits + " decimals for "
              + currency.getCurrencyCode(),
          "field",
          field,
          "value",
          text,
          "currency",
          currency.getCurrencyCode());
    }
    return of(currency, value);
  }

  /**
   * The ISO 4217 currency of {@code code}.
   *
   * @throws KoproGoException {@code UNKNOWN_CURRENCY} for a code ISO 4217 does not know, or one
   *     without minor units (precious metals, testing codes)
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "code");
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw unknownCurrency(code);
    }
    if (currency.getDefaultFractionDigits() < 0) {
      throw unknownCurrency(code);
    }
    return currency;
  }

  private static KoproGoException unknownCurrency(String code) {
    return KoproGoException.of(
        ErrorCode.UNKNOWN_CURRENCY, "unknown currency '" + Decimals.shown(code) + "'", "field", "currency",
        "value", Decimals.shown(code));
  }

  /** The number of minor digits of {@code currency} (EUR 2, JPY 0, BHD 3). */
  public static int digits(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw unknownCurrency(currency.getCurrencyCode());
    }
    return digits;
  }

  /** The amount in minor units. */
  public long minorUnits() {
    return minor;
  }

  /** The currency, never null. */
  public Currency currency() {
    return currency;
  }

  /** The exact amount as a decimal with the currency's minor digits. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
  }

  /** The exact amount as a fraction of major units. */
  public Fraction toFraction() {
    return Fraction.of(BigInteger.valueOf(minor), BigInteger.TEN.pow(digits(currency)));
  }

  public boolean isZero() {
    return minor == 0;
  }

  public boolean isPositive() {
    return minor > 0;
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public Money plus(Money other) {
    return new Money(add(minor, same(other).minor), currency);
  }

  public Money minus(Money other) {
    return new Money(subtract(minor, same(other).minor), currency);
  }

  public Money plusMinor(long units) {
    return new Money(add(minor, units), currency);
  }

  public Money negated() {
    try {
      return new Money(Math.negateExact(minor), currency);
    } catch (ArithmeticException e) {
      throw overflow();
    }
  }

  public Money abs() {
    return minor < 0 ? negated() : this;
  }

  /** This amount times an integer, exact. */
  public Money times(long factor) {
    try {
      return new Money(Math.multiplyExact(minor, factor), currency);
    } catch (ArithmeticException e) {
      throw overflow();
    }
  }

  /** This amount times an exact ratio, rounded to the minor unit with {@code rounding}. */
  public Money times(Fraction ratio, RoundingMode rounding) {
    return ofExactMinor(currency, Fraction.of(minor).times(ratio), rounding);
  }

  /**
   * An exact amount in minor units (a fraction of cents) rounded to a whole minor unit.
   *
   * @param minorUnits the exact value in minor units
   */
  public static Money ofExactMinor(Currency currency, Fraction minorUnits, RoundingMode rounding) {
    BigInteger units = minorUnits.round(rounding);
    if (units.bitLength() > 63) {
      throw overflow();
    }
    return ofMinor(currency, units.longValue());
  }

  /**
   * An exact amount of major units (euros, not cents) rounded to the minor unit.
   *
   * @param major the exact value in major units
   */
  public static Money ofExact(Currency currency, Fraction major, RoundingMode rounding) {
    return ofExactMinor(
        currency, major.times(Fraction.of(BigInteger.TEN.pow(digits(currency)))), rounding);
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** Compares amounts of the same currency ({@code CURRENCY_MISMATCH} otherwise). */
  @Override
  public int compareTo(Money other) {
    return Long.compare(minor, same(other).minor);
  }

  /** The strict plain-decimal text with exactly the currency's minor digits. */
  public String toPlainString() {
    return toBigDecimal().toPlainString();
  }

  private Money same(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw KoproGoException.of(
          ErrorCode.CURRENCY_MISMATCH,
          currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode()
              + " cannot be combined",
          "currency",
          currency.getCurrencyCode(),
          "other",
          other.currency.getCurrencyCode());
    }
    return other;
  }

  /**
   * The sum of two amounts in minor units, as a money figure.
   *
   * @throws KoproGoException {@code AMOUNT_OVERFLOW} when it passes 2^63 - 1 in absolute value
   */
  public static long addMinorUnits(long a, long b) {
    long sum = add(a, b);
    if (sum == Long.MIN_VALUE) {
      throw overflow();
    }
    return sum;
  }

  private static long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw overflow();
    }
  }

  private static long subtract(long a, long b) {
    try {
      return Math.subtractExact(a, b);
    } catch (ArithmeticException e) {
      throw overflow();
    }
  }

  private static KoproGoException overflow() {
    return KoproGoException.of(ErrorCode.AMOUNT_OVERFLOW, "amount out of range");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && minor == m.minor && currency.equals(m.currency);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(minor) * 31 + currency.hashCode();
  }

  /** {@code "EUR 12.50"}. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + toPlainString();
  }
}
