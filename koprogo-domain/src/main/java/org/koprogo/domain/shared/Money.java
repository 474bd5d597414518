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

  /**
   * {@code minor} minor units of {@code currency}: {@code ofMinor(EUR, 1250)} is EUR 12.50.
   *
   * @param currency the currency, not null
   * @param minor the amount in the currency's minor units, of either sign
   * @return the amount
   * @throws KoproGoException {@code UNKNOWN_CURRENCY} for a currency without minor units
   */
  public static Money ofMinor(Currency currency, long minor) {
    digits(currency);
    return new Money(minor, currency);
  }

  /**
   * Zero in {@code currency}.
   *
   * @param currency the currency, not null
   * @return zero minor units of it
   * @throws KoproGoException {@code UNKNOWN_CURRENCY} for a currency without minor units
   */
  public static Money zero(Currency currency) {
    return ofMinor(currency, 0);
  }

  /**
   * The exact amount {@code value} of {@code currency}.
   *
   * @param currency the currency, not null
   * @param value the amount in major units ({@code 12.5} is EUR 12.50), not null
   * @return the amount
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
   * @param text the amount, such as {@code "12.50"} or {@code "-3"}, not null
   * @param currency its currency, not null
   * @return the amount
   * @throws KoproGoException {@code INVALID_NUMBER} for text that is not a plain decimal, {@code
   *     INVALID_AMOUNT} for too many decimals
   */
  public static Money parse(String text, Currency currency) {
    return parse(text, currency, "amount");
  }

  /**
   * As {@link #parse(String, Currency)}, naming {@code field} in errors.
   *
   * @param text the amount, not null
   * @param currency its currency, not null
   * @param field the field path the errors name (such as {@code "lines[2].amount"})
   * @return the amount
   * @throws KoproGoException {@code INVALID_NUMBER} for text that is not a plain decimal, {@code
   *     INVALID_AMOUNT} for too many decimals, {@code AMOUNT_OVERFLOW} when it does not fit in
   *     64-bit minor units, each naming {@code field}
   */
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
   * @param code the three-letter code, such as {@code "EUR"}, not null
   * @return the currency
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

  /**
   * The number of minor digits of {@code currency} (EUR 2, JPY 0, BHD 3).
   *
   * @param currency the currency, not null
   * @return its minor digits
   * @throws KoproGoException {@code UNKNOWN_CURRENCY} for a currency without minor units
   */
  public static int digits(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw unknownCurrency(currency.getCurrencyCode());
    }
    return digits;
  }

  /**
   * The amount in minor units.
   *
   * @return the minor units, of either sign
   */
  public long minorUnits() {
    return minor;
  }

  /**
   * The currency.
   *
   * @return the currency, never null
   */
  public Currency currency() {
    return currency;
  }

  /**
   * The exact amount as a decimal.
   *
   * @return the amount in major units, with exactly the currency's minor digits as its scale
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
  }

  /**
   * The exact amount as a fraction of major units.
   *
   * @return the amount in major units ({@code EUR 12.50} is {@code 25/2})
   */
  public Fraction toFraction() {
    return Fraction.of(BigInteger.valueOf(minor), BigInteger.TEN.pow(digits(currency)));
  }

  /**
   * Whether the amount is zero.
   *
   * @return true for zero minor units
   */
  public boolean isZero() {
    return minor == 0;
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true for more than zero minor units
   */
  public boolean isPositive() {
    return minor > 0;
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true for less than zero minor units
   */
  public boolean isNegative() {
    return minor < 0;
  }

  /**
   * The sum of two amounts, exact.
   *
   * @param other an amount of the same currency, not null
   * @return {@code this + other}
   * @throws KoproGoException {@code CURRENCY_MISMATCH}, {@code AMOUNT_OVERFLOW}
   */
  public Money plus(Money other) {
    return new Money(add(minor, same(other).minor), currency);
  }

  /**
   * The difference of two amounts, exact.
   *
   * @param other an amount of the same currency, not null
   * @return {@code this - other}
   * @throws KoproGoException {@code CURRENCY_MISMATCH}, {@code AMOUNT_OVERFLOW}
   */
  public Money minus(Money other) {
    return new Money(subtract(minor, same(other).minor), currency);
  }

  /**
   * This amount plus a number of minor units, exact.
   *
   * @param units the minor units to add, of either sign
   * @return the sum, in this currency
   * @throws KoproGoException {@code AMOUNT_OVERFLOW}
   */
  public Money plusMinor(long units) {
    return new Money(add(minor, units), currency);
  }

  /**
   * The opposite amount.
   *
   * @return {@code -this}
   * @throws KoproGoException {@code AMOUNT_OVERFLOW} for the one amount of {@code
   *     Long.MIN_VALUE} minor units
   */
  public Money negated() {
    try {
      return new Money(Math.negateExact(minor), currency);
    } catch (ArithmeticException e) {
      throw overflow();
    }
  }

  /**
   * The absolute amount.
   *
   * @return this amount when not negative, its opposite otherwise
   * @throws KoproGoException {@code AMOUNT_OVERFLOW} as {@link #negated()}
   */
  public Money abs() {
    return minor < 0 ? negated() : this;
  }

  /**
   * This amount times an integer, exact.
   *
   * @param factor the factor, of either sign
   * @return the product, in this currency
   * @throws KoproGoException {@code AMOUNT_OVERFLOW}
   */
  public Money times(long factor) {
    try {
      return new Money(Math.multiplyExact(minor, factor), currency);
    } catch (ArithmeticException e) {
      throw overflow();
    }
  }

  /**
   * This amount times an exact ratio, rounded to the minor unit.
   *
   * @param ratio the ratio, not null
   * @param rounding how the exact product is rounded to a whole minor unit, not null
   * @return the rounded product, in this currency
   * @throws KoproGoException {@code AMOUNT_OVERFLOW}
   */
  public Money times(Fraction ratio, RoundingMode rounding) {
    return ofExactMinor(currency, Fraction.of(minor).times(ratio), rounding);
  }

  /**
   * An exact amount in minor units (a fraction of cents) rounded to a whole minor unit.
   *
   * @param currency the currency, not null
   * @param minorUnits the exact value in minor units
   * @param rounding how it is rounded to a whole minor unit, not null
   * @return the rounded amount
   * @throws KoproGoException {@code AMOUNT_OVERFLOW}, {@code UNKNOWN_CURRENCY}
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
   * @param currency the currency, not null
   * @param major the exact value in major units
   * @param rounding how it is rounded to a whole minor unit, not null
   * @return the rounded amount
   * @throws KoproGoException {@code AMOUNT_OVERFLOW}, {@code UNKNOWN_CURRENCY}
   */
  public static Money ofExact(Currency currency, Fraction major, RoundingMode rounding) {
    return ofExactMinor(
        currency, major.times(Fraction.of(BigInteger.TEN.pow(digits(currency)))), rounding);
  }

  /**
   * The larger of two amounts.
   *
   * @param other an amount of the same currency, not null
   * @return this amount when not below {@code other}, {@code other} otherwise
   * @throws KoproGoException {@code CURRENCY_MISMATCH}
   */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * The smaller of two amounts.
   *
   * @param other an amount of the same currency, not null
   * @return this amount when not above {@code other}, {@code other} otherwise
   * @throws KoproGoException {@code CURRENCY_MISMATCH}
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Compares amounts of the same currency.
   *
   * @param other an amount of the same currency, not null
   * @return negative, zero or positive as this amount is below, equal to or above {@code other}
   * @throws KoproGoException {@code CURRENCY_MISMATCH}
   */
  @Override
  public int compareTo(Money other) {
    return Long.compare(minor, same(other).minor);
  }

  /**
   * The amount as text, in the strict plain-decimal format.
   *
   * @return the amount with exactly the currency's minor digits ({@code "12.50"}, {@code "-3.00"})
   */
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
   * @param a the first amount, in minor units
   * @param b the second amount, in minor units
   * @return {@code a + b}
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

  /**
   * The currency code and the amount.
   *
   * @return such as {@code "EUR 12.50"}
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + toPlainString();
  }
}
