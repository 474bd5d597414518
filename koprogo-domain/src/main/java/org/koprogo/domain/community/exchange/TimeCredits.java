/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Time credits of the local exchange: 1 hour of service = 1 credit, counted exactly in whole
 * minutes. May be negative (a balance). Immutable.
 *
 * @param minutes the amount in minutes
 */
public record TimeCredits(long minutes) implements Comparable<TimeCredits> {
  /** No credit. */
  public static final TimeCredits ZERO = new TimeCredits(0);

  /**
   * Credits for {@code hours} hours (for example {@code 1.5}), a whole number of minutes.
   *
   * @param hours the hours
   * @return the credits
   * @throws KoproGoException {@code INVALID_HOURS} when not a whole number of minutes
   */
  public static TimeCredits ofHours(BigDecimal hours) {
    BigDecimal minutes = hours.multiply(BigDecimal.valueOf(60));
    try {
      return new TimeCredits(minutes.stripTrailingZeros().longValueExact());
    } catch (ArithmeticException e) {
      throw KoproGoException.of(
          ErrorCode.INVALID_HOURS, hours.toPlainString() + " hours is not a whole number of minutes",
          "value", hours.toPlainString());
    }
  }

  /**
   * Credits of {@code minutes} minutes.
   *
   * @param minutes the minutes, negative for a debt
   * @return the credits
   */
  public static TimeCredits ofMinutes(long minutes) {
    return new TimeCredits(minutes);
  }

  /**
   * The sum.
   *
   * @param other other credits
   * @return {@code this + other}
   * @throws ArithmeticException beyond the range of a {@code long}
   */
  public TimeCredits plus(TimeCredits other) {
    return new TimeCredits(Math.addExact(minutes, other.minutes));
  }

  /**
   * The difference.
   *
   * @param other other credits
   * @return {@code this - other}
   * @throws ArithmeticException beyond the range of a {@code long}
   */
  public TimeCredits minus(TimeCredits other) {
    return new TimeCredits(Math.subtractExact(minutes, other.minutes));
  }

  /**
   * The opposite.
   *
   * @return {@code -this}
   * @throws ArithmeticException for the smallest {@code long}
   */
  public TimeCredits negated() {
    return new TimeCredits(Math.negateExact(minutes));
  }

  /**
   * True for more than zero minutes.
   *
   * @return whether positive
   */
  public boolean isPositive() {
    return minutes > 0;
  }

  /**
   * The credits as hours, exact when possible, else to 4 places ({@code "1.5"}, {@code "-2"}).
   *
   * @return the hours
   */
  public BigDecimal hours() {
    BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP).stripTrailingZeros();
    return h.scale() < 0 ? h.setScale(0) : h;
  }

  @Override
  public int compareTo(TimeCredits o) {
    return Long.compare(minutes, o.minutes);
  }

  @Override
  public String toString() {
    return hours().toPlainString() + " h";
  }
}
