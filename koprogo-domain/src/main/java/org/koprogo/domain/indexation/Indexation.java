/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * An indexation rule of a contribution plan (RULES.md, family {@code indexation}): the exact
 * factor by which installment {@code k} (k = 0, 1, ...) multiplies the base amount.
 *
 * <ul>
 *   <li>FIXED: {@code 1};
 *   <li>LINEAR: {@code 1 + r*k};
 *   <li>COMPOUND: {@code (1 + r)^k}, computed exactly (no floating point, no intermediate
 *       rounding);
 *   <li>INDEX: {@code index_k / index_0}.
 * </ul>
 *
 * with {@code r = ratePercent / 100}. Each installment is the base times its factor, rounded half
 * up to the minor unit on its own; nothing else is rounded.
 *
 * <p>Use the factories: {@link #fixed()}, {@link #linear(BigDecimal)}, {@link
 * #compound(BigDecimal)}, {@link #indexLinked(List)}. Immutable and thread-safe.
 *
 * @param method the method, never null
 * @param ratePercent the rate per period in percent (0 for FIXED and INDEX), greater than -100
 * @param indices the index values for INDEX (index 0 is the reference), empty otherwise; all
 *     positive
 */
public record Indexation(IndexationMethod method, BigDecimal ratePercent, List<BigDecimal> indices) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The longest plan, in periods: 1,200 (a hundred years of monthly installments). A library
   * bound, not a rule of law: it keeps an exact computation (a compound factor grows by the
   * rate's digits every period) fast whatever a client sends.
   */
  public static final int MAX_PERIODS = 1200;

  /**
   * Validates the rule.
   *
   * @param method the method, never null
   * @param ratePercent the rate per period in percent (0 for FIXED and INDEX), greater than -100
   * @param indices the index values for INDEX (index 0 is the reference), empty otherwise; all
   *     positive
   * @throws KoproGoException {@code NEGATIVE_RATE} when the rate is at most -100%; {@code
   *     NONPOSITIVE_INDEX} when an index is zero or negative; {@code INVALID_TERM} when INDEX has
   *     no index value
   */
  public Indexation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(ratePercent, "ratePercent");
    indices = List.copyOf(indices);
    checkRate(ratePercent);
    if (method == IndexationMethod.INDEX) {
      if (indices.isEmpty()) {
        throw KoproGoException.of(
            ErrorCode.INVALID_TERM, "an index-linked plan needs at least one index value",
            "field", "indices");
      }
      if (indices.size() > MAX_PERIODS) {
        throw KoproGoException.of(
            ErrorCode.INVALID_TERM,
            "an index-linked plan has at most " + MAX_PERIODS + " index values, got " + indices.size(),
            "field", "indices", "value", indices.size());
      }
      for (int i = 0; i < indices.size(); i++) {
        checkIndex(indices.get(i), i);
      }
    } else if (!indices.isEmpty()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "only an INDEX rule has index values", "field", "indices");
    }
  }

  /**
   * Checks index value {@code i} of a plan.
   *
   * @param index the index value
   * @param i its position in the plan's indices
   * @throws KoproGoException {@code NONPOSITIVE_INDEX} when it is zero or negative
   */
  public static void checkIndex(BigDecimal index, int i) {
    if (index.signum() <= 0) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_INDEX,
          "index " + index.toPlainString() + " at indices[" + i + "] is not positive",
          "field", "indices[" + i + "]", "value", index.toPlainString());
    }
  }

  /**
   * Every installment equals the base.
   *
   * @return the rule
   */
  public static Indexation fixed() {
    return new Indexation(IndexationMethod.FIXED, BigDecimal.ZERO, List.of());
  }

  /**
   * Installment {@code k} is {@code B * (1 + r*k)}, {@code r = ratePercent / 100}.
   *
   * @param ratePercent the yearly rate in percent, above -100
   * @return the rule
   * @throws KoproGoException {@code NEGATIVE_RATE} for a rate of -100% or less
   */
  public static Indexation linear(BigDecimal ratePercent) {
    return new Indexation(IndexationMethod.LINEAR, ratePercent, List.of());
  }

  /**
   * Installment {@code k} is {@code B * (1 + r)^k}, {@code r = ratePercent / 100}.
   *
   * @param ratePercent the yearly rate in percent, above -100
   * @return the rule
   * @throws KoproGoException {@code NEGATIVE_RATE} for a rate of -100% or less
   */
  public static Indexation compound(BigDecimal ratePercent) {
    return new Indexation(IndexationMethod.COMPOUND, ratePercent, List.of());
  }

  /**
   * Installment {@code k} is {@code B * indices[k] / indices[0]}.
   *
   * @param indices the index values, the first being the base's
   * @return the rule
   * @throws KoproGoException {@code INVALID_TERM} without an index value, {@code NONPOSITIVE_INDEX}
   *     for an index of zero or less
   */
  public static Indexation indexLinked(List<BigDecimal> indices) {
    return new Indexation(IndexationMethod.INDEX, BigDecimal.ZERO, indices);
  }

  /**
   * The number of installments this rule can price: unlimited ({@link Integer#MAX_VALUE}) except
   * for INDEX, which prices one installment per index value.
   *
   * @return the number of installments
   */
  public int maxPeriods() {
    return method == IndexationMethod.INDEX ? indices.size() : MAX_PERIODS;
  }

  /**
   * The exact factor of installment {@code k}.
   *
   * @param k the installment, from 0
   * @return the factor
   * @throws KoproGoException {@code INVALID_TERM} when {@code k} is negative or beyond the index
   *     values of an INDEX rule
   */
  public Fraction factor(int k) {
    checkPeriod(k);
    return switch (method) {
      case FIXED -> Fraction.ONE;
      case LINEAR -> Fraction.ONE.plus(rate().times(k));
      // (1 + r)^k: BigDecimal.pow is exact (unlimited precision), so is this factor.
      case COMPOUND -> Fraction.of(growth().pow(k));
      case INDEX -> Fraction.of(indices.get(k)).dividedBy(Fraction.of(indices.get(0)));
    };
  }

  /**
   * Installment {@code k} of a plan with base amount {@code base}: {@code base * factor(k)},
   * rounded half up to the minor unit.
   *
   * @param base the base amount
   * @param k the installment, from 0
   * @return the installment
   * @throws KoproGoException {@code INVALID_TERM} as {@link #factor(int)}
   */
  public Money installment(Money base, int k) {
    Objects.requireNonNull(base, "base");
    return base.times(factor(k), RoundingMode.HALF_UP);
  }

  /**
   * The first {@code periods} installments of a plan with base amount {@code base}, and their
   * total (the sum of the rounded installments).
   *
   * @param base the base amount, not negative
   * @param periods the number of installments
   * @return the installments and their total
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative base; {@code INVALID_TERM}
   *     when {@code periods < 1} or beyond the index values of an INDEX rule
   */
  public IndexedInstallments installments(Money base, int periods) {
    checkBase(base);
    if (periods < 1 || periods > maxPeriods()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_TERM,
          "a plan of " + periods + " periods is not possible"
              + (method == IndexationMethod.INDEX ? " with " + indices.size() + " index values" : ""),
          "field", "periods", "value", periods);
    }
    List<Money> amounts = new ArrayList<>(periods);
    Money total = Money.zero(base.currency());
    // COMPOUND: (1 + r)^k from (1 + r)^(k-1), exact decimals (no power recomputed per period,
    // no rational reduction): the same exact value as factor(k), in linear steps.
    BigDecimal power = BigDecimal.ONE;
    BigDecimal growth = method == IndexationMethod.COMPOUND ? growth() : BigDecimal.ONE;
    BigDecimal exactBase = base.toBigDecimal();
    int digits = Money.digits(base.currency());
    for (int k = 0; k < periods; k++) {
      Money amount;
      if (method == IndexationMethod.COMPOUND) {
        if (k > 0) {
          power = power.multiply(growth);
        }
        amount = Money.of(base.currency(), exactBase.multiply(power).setScale(digits, RoundingMode.HALF_UP));
      } else {
        amount = installment(base, k);
      }
      amounts.add(amount);
      total = total.plus(amount);
    }
    return new IndexedInstallments(amounts, total);
  }

  /**
   * Every installment of an INDEX rule (one per index value), or of any rule for {@code periods}.
   *
   * @param base the base amount, not negative
   * @return the installments and their total
   * @throws KoproGoException {@code INVALID_FIELD} for a rule other than INDEX, {@code
   *     NEGATIVE_AMOUNT} for a negative base
   */
  public IndexedInstallments installments(Money base) {
    if (method != IndexationMethod.INDEX) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "only an INDEX rule knows its number of periods", "field", "method");
    }
    return installments(base, indices.size());
  }

  /**
   * Installment {@code k} explained in words, for example {@code "250.00 EUR x (1 + 0.5%)^2 =
   * 252.50625, rounded half up to 252.51 EUR (compound indexation, period 2)"}.
   *
   * @param base the base amount
   * @param k the installment, from 0
   * @return the explanation
   */
  public String explain(Money base, int k) {
    Fraction exact = base.toFraction().times(factor(k));
    Money rounded = installment(base, k);
    String b = base.toPlainString() + " " + base.currency().getCurrencyCode();
    if (method == IndexationMethod.FIXED) {
      return "the base amount " + b + " (fixed indexation, period " + k + ")";
    }
    String formula =
        switch (method) {
          case FIXED -> b;
          case LINEAR -> b + " x (1 + " + percent() + " x " + k + ")";
          case COMPOUND -> b + " x (1 + " + percent() + ")^" + k;
          case INDEX -> b + " x index " + indices.get(k).toPlainString() + " / reference index "
              + indices.get(0).toPlainString();
        };
    String value = exactText(exact);
    String result = value.equals(rounded.toPlainString())
        ? " = " + rounded.toPlainString() + " " + base.currency().getCurrencyCode()
        : " = " + value + ", rounded half up to " + rounded.toPlainString() + " "
            + base.currency().getCurrencyCode();
    return formula + result + " (" + method.word() + " indexation, period " + k + ")";
  }

  private static String exactText(Fraction exact) {
    // A terminating decimal is written in full; otherwise 10 places followed by "...".
    String ten = exact.toPlainString(10);
    Fraction back = Fraction.of(new BigDecimal(ten));
    return back.equals(exact) ? ten : exact.toBigDecimal(10, RoundingMode.DOWN).toPlainString() + "...";
  }

  private String percent() {
    return ratePercent.stripTrailingZeros().toPlainString() + "%";
  }

  private Fraction rate() {
    return Fraction.of(ratePercent).dividedBy(Fraction.of(100));
  }

  private BigDecimal growth() {
    return BigDecimal.ONE.add(ratePercent.movePointLeft(2));
  }

  private void checkPeriod(int k) {
    if (k < 0 || k >= maxPeriods()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_TERM,
          "period " + k + " is outside the plan"
              + (method == IndexationMethod.INDEX ? " (" + indices.size() + " index values)" : ""),
          "field", "periods", "value", k);
    }
  }

  /**
   * Checks a rate per period.
   *
   * @throws KoproGoException {@code NEGATIVE_RATE} when it is -100% or less
   */
  static void checkRate(BigDecimal ratePercent) {
    if (ratePercent.compareTo(HUNDRED.negate()) <= 0) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_RATE,
          "rate " + ratePercent.toPlainString() + "% is -100% or less",
          "field", "ratePercent", "value", ratePercent.toPlainString());
    }
  }

  static void checkBase(Money base) {
    Objects.requireNonNull(base, "base");
    if (base.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, "base amount " + base.toPlainString() + " is negative",
          "field", "base", "value", base.toPlainString());
    }
  }
}
