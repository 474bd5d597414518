/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.selection.RemainderSelection;

/**
 * Largest-remainder apportionment (RULES.md): the one way the library splits money.
 *
 * <p>To split {@code T} minor units in proportion to non-negative weights {@code c_i}, each
 * party's exact quota is {@code q_i = |T| * c_i / sum(c)}; every party first gets {@code
 * floor(q_i)}; the {@code R = |T| - sum floor} remaining units go one each to the parties with
 * the largest fractional part, equal fractional parts first to the party listed first. A
 * negative {@code T} is split as {@code |T|} and every part negated. The parts always add up to
 * {@code T}; a party whose quota is zero never gets a unit; every part is within one unit of its
 * exact quota.
 *
 * <p>Charges, surplus allocation and owner splits all use this class. The {@code long} path is
 * allocation-light and linear in the number of parties (selection, not sorting); it falls back to
 * exact {@link BigInteger} arithmetic when a product would overflow. The selection of the largest
 * remainders lives in the module's unexported package {@code org.koprogo.domain.shared.selection}.
 *
 * <p>Stateless; thread-safe. Weights arrays are never modified.
 */
public final class Apportionment {
  private Apportionment() {}

  /**
   * Splits {@code total} minor units over integer weights.
   *
   * @param total the amount in minor units, may be negative
   * @param weights the non-negative weights, at least one positive; not modified
   * @return the parts in the weights' order, adding up to {@code total}
   * @throws KoproGoException {@code NEGATIVE_WEIGHT}, {@code ZERO_TOTAL_WEIGHT}
   */
  public static long[] split(long total, long[] weights) {
    Objects.requireNonNull(weights, "weights");
    long sum = 0;
    boolean overflow = false;
    for (int i = 0; i < weights.length; i++) {
      long w = weights[i];
      if (w < 0) {
        throw negativeWeight(i, BigInteger.valueOf(w));
      }
      long s = sum + w;
      if (s < 0) {
        overflow = true;
      }
      sum = s;
    }
    if (overflow) {
      return splitExact(total, toBig(weights));
    }
    if (sum == 0) {
      throw zeroTotal();
    }
    if (total == Long.MIN_VALUE) {
      throw KoproGoException.of(ErrorCode.AMOUNT_OVERFLOW, "amount out of range");
    }
    long t = Math.abs(total);
    int n = weights.length;
    long[] parts = new long[n];
    long[] remainders = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long w = weights[i];
      long hi = Math.multiplyHigh(t, w);
      long lo = t * w;
      if (hi != 0 || lo < 0) {
        return splitExact(total, toBig(weights));
      }
      long q = lo / sum;
      parts[i] = q;
      remainders[i] = lo - q * sum;
      given += q;
    }
    int r = (int) (t - given);
    if (r > 0) {
      RemainderSelection.giveRemainder(parts, remainders, r);
    }
    if (total < 0) {
      for (int i = 0; i < n; i++) {
        parts[i] = -parts[i];
      }
    }
    return parts;
  }

  /**
   * Splits {@code total} minor units over exact rational weights (they need not add up to 1).
   *
   * @param total the amount in minor units, may be negative
   * @param weights the non-negative weights, at least one positive; not modified
   * @return the parts in the weights' order, adding up to {@code total}
   * @throws KoproGoException {@code NEGATIVE_WEIGHT}, {@code ZERO_TOTAL_WEIGHT}
   */
  public static long[] split(long total, List<Fraction> weights) {
    Objects.requireNonNull(weights, "weights");
    long[] small = smallWeights(weights);
    if (small != null) {
      return split(total, small);
    }
    BigInteger common = BigInteger.ONE;
    for (Fraction f : weights) {
      BigInteger d = f.denominator();
      common = common.divide(common.gcd(d)).multiply(d);
    }
    BigInteger[] scaled = new BigInteger[weights.size()];
    for (int i = 0; i < scaled.length; i++) {
      Fraction f = weights.get(i);
      scaled[i] = f.numerator().multiply(common.divide(f.denominator()));
    }
    return split(total, scaled);
  }

  /**
   * The weights brought to their least common denominator as {@code long}s, the same integers as
   * the {@link BigInteger} path computes, or null when a figure does not fit in 62 bits: percents
   * and shares are small fractions, and this spares a {@code BigInteger} gcd, division and
   * multiplication per weight.
   */
  private static long[] smallWeights(List<Fraction> weights) {
    int n = weights.size();
    long[] numerators = new long[n];
    long[] denominators = new long[n];
    long common = 1;
    for (int i = 0; i < n; i++) {
      Fraction f = Objects.requireNonNull(weights.get(i), "weight");
      BigInteger numerator = f.numerator();
      BigInteger denominator = f.denominator();
      if (numerator.bitLength() > 62 || denominator.bitLength() > 62) {
        return null;
      }
      numerators[i] = numerator.longValue();
      denominators[i] = denominator.longValue();
      long factor = denominators[i] / gcd(common, denominators[i]);
      long product = common * factor;
      if (Math.multiplyHigh(common, factor) != 0 || product < 0 || product > MAX_SMALL) {
        return null;
      }
      common = product;
    }
    long[] scaled = new long[n];
    for (int i = 0; i < n; i++) {
      long factor = common / denominators[i];
      long w = numerators[i] * factor;
      // The product fits in 64 bits when its high half is the sign extension of its low half.
      if (Math.multiplyHigh(numerators[i], factor) != (w >> 63)
          || w > MAX_SMALL
          || w < -MAX_SMALL) {
        return null;
      }
      scaled[i] = w;
    }
    return scaled;
  }

  private static final long MAX_SMALL = (1L << 62) - 1;

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /**
   * Splits {@code total} minor units over integer weights of any size.
   *
   * @param total the amount in minor units, may be negative
   * @param weights the non-negative weights, at least one positive; not modified
   * @return the parts in the weights' order, adding up to {@code total}
   * @throws KoproGoException {@code NEGATIVE_WEIGHT}, {@code ZERO_TOTAL_WEIGHT}
   */
  public static long[] split(long total, BigInteger[] weights) {
    Objects.requireNonNull(weights, "weights");
    long[] small = new long[weights.length];
    BigInteger sum = BigInteger.ZERO;
    boolean fits = true;
    for (int i = 0; i < weights.length && fits; i++) {
      fits = weights[i].bitLength() < 63;
      if (fits) {
        small[i] = weights[i].longValue();
        sum = sum.add(weights[i]);
      }
    }
    if (fits && sum.bitLength() < 63) {
      return split(total, small);
    }
    return splitExact(total, weights);
  }

  private static long[] splitExact(long total, BigInteger[] weights) {
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i].signum() < 0) {
        throw negativeWeight(i, weights[i]);
      }
      sum = sum.add(weights[i]);
    }
    if (sum.signum() == 0) {
      throw zeroTotal();
    }
    BigInteger t = BigInteger.valueOf(total).abs();
    int n = weights.length;
    long[] parts = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = t.multiply(weights[i]).divideAndRemainder(sum);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += parts[i];
    }
    int r = t.subtract(BigInteger.valueOf(given)).intValueExact();
    if (r > 0) {
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order,
          Comparator.<Integer, BigInteger>comparing(i -> remainders[i])
              .reversed()
              .thenComparing(i -> i));
      for (int k = 0; k < r; k++) {
        parts[order[k]]++;
      }
    }
    if (total < 0) {
      for (int i = 0; i < n; i++) {
        parts[i] = -parts[i];
      }
    }
    return parts;
  }

  /**
   * Splits an amount of money over rational weights.
   *
   * @param total the amount, may be negative
   * @param weights the non-negative weights, at least one positive
   * @return one amount per weight, in order, adding up to {@code total}, in its currency
   * @throws KoproGoException {@code NEGATIVE_WEIGHT}, {@code ZERO_TOTAL_WEIGHT}
   */
  public static List<Money> split(Money total, List<Fraction> weights) {
    long[] parts = split(total.minorUnits(), weights);
    List<Money> result = new ArrayList<>(parts.length);
    for (long p : parts) {
      result.add(Money.ofMinor(total.currency(), p));
    }
    return List.copyOf(result);
  }

  private static BigInteger[] toBig(long[] weights) {
    BigInteger[] big = new BigInteger[weights.length];
    for (int i = 0; i < weights.length; i++) {
      big[i] = BigInteger.valueOf(weights[i]);
    }
    return big;
  }

  private static KoproGoException negativeWeight(int index, BigInteger weight) {
    return KoproGoException.of(
        ErrorCode.NEGATIVE_WEIGHT, "weight " + weight + " at position " + index + " is negative",
        "index", index, "value", weight.toString());
  }

  private static KoproGoException zeroTotal() {
    return KoproGoException.of(ErrorCode.ZERO_TOTAL_WEIGHT, "the weights add up to zero");
  }
}
