/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Apportionment;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * A (single or composite) distribution key compiled against the lots of a building, to
 * distribute many expenses by the same key: Civil Code art. 3.85 §1 and 3.86 §2, exactly as
 * {@link ChargeDistribution#distribute(Money, List, List)} (which compiles a key and uses it once).
 *
 * <p>Compiling validates the lots and the keys once and turns every key into {@code long} weights
 * aligned with the lots, reduced by their greatest common divisor, with the shares folded in. Lot
 * {@code i}'s exact quota {@code |T| * sum_k (s_k / S) * (w_ik / W_k)} is then computed per key
 * as {@code a_ik + r_ik / D_k} with {@code D_k = S * W_k} (one multiplication and one division of
 * {@code long}s), and the fractional parts are brought to the common denominator {@code L =
 * lcm(D_k)} by a precomputed factor {@code L / D_k}, so no product ever grows with the number of
 * keys. The remaining units go by largest remainder ({@link Apportionment#giveRemainder}). When a
 * key's figures do not fit in 64 bits, or the amount is so large that a product would overflow,
 * the distribution falls back to exact {@link BigInteger} arithmetic: same result, slower.
 *
 * <p>Immutable and thread-safe; a distribution costs no map lookup and no {@link BigDecimal} or
 * {@link BigInteger} arithmetic on the fast path.
 */
public final class CompiledKey {
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  /** The largest weight of a single key whose quotients are tabulated per expense. */
  static final int TABLE_MAX = 4096;
  /**
   * Lots per weight value at least for the table to pay (measured: a table as long as the lots
   * costs more than it saves; at 100 lots per value it saves about 15%).
   */
  static final int TABLE_LOTS_PER_VALUE = 16;
  /** The largest weight, or total of a key's weights, kept in a {@code long}: 2^62 - 1. */
  private static final long MAX_WEIGHT = (1L << 62) - 1;

  private final List<LotId> lots;
  private final List<KeyShare> keys;
  /** {@code weights[k][i]}: lot {@code i}'s reduced integer weight in key {@code k}. */
  private final long[][] weights;
  /** The largest weight of each key (to check, once per amount, that products fit). */
  private final long[] maxWeights;
  /** {@code s_k}: each key's reduced integer share. */
  private final long[] shares;
  /** {@code D_k = S * W_k}: the denominator of key {@code k}'s part of a quota. */
  private final long[] denominators;
  /** {@code floor((2^64 - 1) / D_k)}, unsigned: divides by {@code D_k} with a multiplication. */
  private final long[] inverses;
  /** {@code L / D_k}: brings key {@code k}'s remainder to the common denominator. */
  private final long[] factors;
  /**
   * For a single key of small integer weights ({@code max <= }{@value #TABLE_MAX} and at most a
   * sixteenth of the number of lots, as shares in thousandths in a large estate): the values {@code 0..max}, whose quotients and
   * remainders are computed once per expense, then looked up per lot. Null otherwise.
   */
  private final long[] tableValues;
  /** {@code L = lcm(D_k)}. */
  private final long common;
  /** False when a figure did not fit in 64 bits: every distribution is then exact BigInteger. */
  private final boolean fast;

  private CompiledKey(List<LotId> lots, Map<LotId, Integer> index, List<KeyShare> keys) {
    this.lots = lots;
    this.keys = keys;
    int n = lots.size();
    int m = keys.size();
    long[][] small = new long[m][];
    BigInteger[] totals = new BigInteger[m];
    boolean fits = true;
    for (int k = 0; k < m; k++) {
      DistributionKey key = keys.get(k).key();
      int scale = 0;
      for (BigDecimal w : key.weights().values()) {
        scale = Math.max(scale, w.scale());
      }
      long[] column = fits ? longWeights(key, index, scale, n) : null;
      if (column == null) {
        fits = false;
        for (LotId lot : key.weights().keySet()) {
          indexOf(key, index, lot);
        }
        continue;
      }
      small[k] = column;
      long gcd = 0;
      for (long w : column) {
        gcd = gcd(gcd, w);
      }
      long total = 0;
      for (int i = 0; i < n; i++) {
        column[i] /= gcd;
        total += column[i];
      }
      totals[k] = BigInteger.valueOf(total);
    }
    if (!fits) {
      this.fast = false;
      this.weights = null;
      this.maxWeights = null;
      this.shares = null;
      this.denominators = null;
      this.factors = null;
      this.inverses = null;
      this.tableValues = null;
      this.common = 0;
      return;
    }
    int shareScale = 0;
    for (KeyShare p : keys) {
      shareScale = Math.max(shareScale, p.share().scale());
    }
    BigInteger[] bigShares = new BigInteger[m];
    BigInteger shareGcd = BigInteger.ZERO;
    for (int k = 0; k < m; k++) {
      bigShares[k] = keys.get(k).share().setScale(shareScale).unscaledValue();
      shareGcd = shareGcd.gcd(bigShares[k]);
    }
    BigInteger shareTotal = BigInteger.ZERO;
    for (int k = 0; k < m; k++) {
      bigShares[k] = bigShares[k].divide(shareGcd);
      shareTotal = shareTotal.add(bigShares[k]);
    }
    BigInteger[] bigDenominators = new BigInteger[m];
    BigInteger lcm = BigInteger.ONE;
    for (int k = 0; k < m; k++) {
      bigDenominators[k] = shareTotal.multiply(totals[k]);
      lcm = lcm.divide(lcm.gcd(bigDenominators[k])).multiply(bigDenominators[k]);
    }
    // Remainders add up to less than m * L: that sum must fit, and so must every figure.
    this.fast = lcm.multiply(BigInteger.valueOf(m)).compareTo(LONG_MAX) <= 0;
    if (fast) {
      this.weights = small;
      this.maxWeights = new long[m];
      this.shares = new long[m];
      this.denominators = new long[m];
      this.factors = new long[m];
      this.inverses = new long[m];
      for (int k = 0; k < m; k++) {
        long max = 0;
        for (long w : small[k]) {
          max = Math.max(max, w);
        }
        maxWeights[k] = max;
        shares[k] = bigShares[k].longValueExact();
        denominators[k] = bigDenominators[k].longValueExact();
        inverses[k] = Long.divideUnsigned(-1L, denominators[k]);
        factors[k] = lcm.divide(bigDenominators[k]).longValueExact();
      }
      this.common = lcm.longValueExact();
      this.tableValues =
          m == 1 && maxWeights[0] <= TABLE_MAX && maxWeights[0] * TABLE_LOTS_PER_VALUE <= n
              ? values((int) maxWeights[0])
              : null;
    } else {
      this.weights = null;
      this.maxWeights = null;
      this.shares = null;
      this.denominators = null;
      this.factors = null;
      this.inverses = null;
      this.tableValues = null;
      this.common = 0;
    }
  }

  private static long[] values(int max) {
    long[] values = new long[max + 1];
    for (int v = 0; v <= max; v++) {
      values[v] = v;
    }
    return values;
  }

  /**
   * One key's weights aligned to the lots as integers at {@code scale}, or null when one of them
   * or their total does not fit in 62 bits.
   */
  private static long[] longWeights(
      DistributionKey key, Map<LotId, Integer> index, int scale, int n) {
    long[] column = new long[n];
    long total = 0;
    for (Map.Entry<LotId, BigDecimal> e : key.weights().entrySet()) {
      int i = indexOf(key, index, e.getKey());
      BigDecimal w = e.getValue();
      BigDecimal atScale = w.scale() == scale ? w : w.setScale(scale);
      if (atScale.precision() > 18) {
        return null;
      }
      long unscaled =
          scale == 0 ? atScale.longValueExact() : atScale.movePointRight(scale).longValueExact();
      column[i] = unscaled;
      total += unscaled;
      if (total > MAX_WEIGHT) {
        return null;
      }
    }
    return column;
  }

  private static int indexOf(DistributionKey key, Map<LotId, Integer> index, LotId lot) {
    Integer i = index.get(lot);
    if (i == null) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_UNIT,
          "key '" + key.name() + "' weighs lot " + lot + ", which is not listed",
          "key", key.name(), "value", lot.value());
    }
    return i;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /**
   * Compiles a key against lots: validated as by {@link ChargeDistribution#distribute(Money,
   * List, List)}.
   *
   * @throws KoproGoException {@code EMPTY_UNITS}, {@code DUPLICATE_UNIT}, {@code EMPTY_KEYS},
   *     {@code UNKNOWN_UNIT} (a key weighs a lot not listed)
   */
  static CompiledKey of(List<LotId> lots, List<KeyShare> keys) {
    Objects.requireNonNull(lots, "lots");
    if (lots.isEmpty()) {
      throw KoproGoException.of(
          ErrorCode.EMPTY_UNITS, "an expense is distributed over at least one lot");
    }
    Map<LotId, Integer> index = new HashMap<>(Math.max(16, lots.size() * 4 / 3 + 1));
    int i = 0;
    for (LotId lot : lots) {
      Objects.requireNonNull(lot, "lot");
      if (index.putIfAbsent(lot, i++) != null) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_UNIT, "lot " + lot + " is listed twice", "value", lot.value());
      }
    }
    List<LotId> units = List.copyOf(lots);
    Objects.requireNonNull(keys, "keys");
    if (keys.isEmpty()) {
      throw KoproGoException.of(ErrorCode.EMPTY_KEYS, "a composite key needs at least one part");
    }
    return new CompiledKey(units, index, List.copyOf(keys));
  }

  /** The lots, in order (the order breaks ties of the apportionment). */
  public List<LotId> lots() {
    return lots;
  }

  /** The key parts. */
  public List<KeyShare> keys() {
    return keys;
  }

  /**
   * Distributes {@code amount} over the lots by this key.
   *
   * @param amount the expense, negative for a credit note
   * @return the distribution, the same as {@link ChargeDistribution#distribute(Money, List, List)}
   */
  public Distribution distribute(Money amount) {
    Objects.requireNonNull(amount, "amount");
    return new Distribution(amount, lots, keys, split(amount.minorUnits()));
  }

  /**
   * Distributes {@code total} minor units over the lots by this key.
   *
   * @return every lot's part in minor units, in the lots' order, adding up to {@code total}
   */
  public long[] split(long total) {
    if (total == Long.MIN_VALUE) {
      throw KoproGoException.of(ErrorCode.AMOUNT_OVERFLOW, "amount out of range");
    }
    long t = Math.abs(total);
    long[] parts = fast ? splitFast(t) : null;
    if (parts == null) {
      return Apportionment.split(total, ChargeDistribution.quotaWeights(lots, keys));
    }
    if (total < 0) {
      for (int i = 0; i < parts.length; i++) {
        parts[i] = -parts[i];
      }
    }
    return parts;
  }

  /** The split of {@code t >= 0}, or null when a product would not fit in 64 bits. */
  private long[] splitFast(long t) {
    int m = weights.length;
    long[] multipliers = new long[m];
    for (int k = 0; k < m; k++) {
      long tk = t * shares[k];
      if (Math.multiplyHigh(t, shares[k]) != 0 || tk < 0) {
        return null;
      }
      long top = tk * maxWeights[k];
      if (Math.multiplyHigh(tk, maxWeights[k]) != 0 || top < 0) {
        return null;
      }
      multipliers[k] = tk;
    }
    int n = lots.size();
    long[] parts = new long[n];
    long[] remainders = new long[n];
    long given;
    if (tableValues != null) {
      given = byTable(multipliers[0], weights[0], denominators[0], inverses[0], parts, remainders);
    } else if (m == 1) {
      given = firstKey(multipliers[0], weights[0], denominators[0], inverses[0], parts, remainders);
    } else {
      firstKey(multipliers[0], weights[0], denominators[0], inverses[0], parts, remainders);
      scale(remainders, factors[0]);
      for (int k = 1; k < m; k++) {
        addKey(
            multipliers[k], weights[k], denominators[k], inverses[k], factors[k], parts, remainders);
      }
      given = carry(parts, remainders, common);
    }
    Apportionment.giveRemainder(parts, remainders, (int) (t - given));
    return parts;
  }

  /**
   * One key's floors and remainders over {@code d}; returns the sum of the floors. Each {@code n =
   * mult * w[i]} (non-negative, below 2^63) is divided by {@code d} through its inverse: {@code q =
   * mulhi(n, inv)} is {@code floor(n / d)} or one less (the error {@code n * (1 + e) / (d * 2^64)}
   * of {@code inv = (2^64 - 1 - e) / d} is below 1/2), and one comparison corrects it.
   */
  private static long firstKey(
      long mult, long[] w, long d, long inv, long[] parts, long[] remainders) {
    long invHigh = inv >> 63;
    long given = 0;
    for (int i = 0; i < w.length; i++) {
      long n = mult * w[i];
      long q = Math.multiplyHigh(n, inv) + (invHigh & n);
      long r = n - q * d;
      long c = ((r - d) >>> 63) ^ 1;
      q += c;
      parts[i] = q;
      remainders[i] = r - (d & -c);
      given += q;
    }
    return given;
  }

  /**
   * {@link #firstKey} for a single key of small weights: the quotient and remainder of every
   * weight value {@code 0..max} computed once, then looked up per lot.
   */
  private long byTable(
      long mult, long[] w, long d, long inv, long[] parts, long[] remainders) {
    long[] quotients = new long[tableValues.length];
    long[] rests = new long[tableValues.length];
    firstKey(mult, tableValues, d, inv, quotients, rests);
    long given = 0;
    for (int i = 0; i < w.length; i++) {
      int v = (int) w[i];
      long q = quotients[v];
      parts[i] = q;
      remainders[i] = rests[v];
      given += q;
    }
    return given;
  }

  private static void scale(long[] remainders, long factor) {
    if (factor != 1) {
      for (int i = 0; i < remainders.length; i++) {
        remainders[i] *= factor;
      }
    }
  }

  private static void addKey(
      long mult, long[] w, long d, long inv, long factor, long[] parts, long[] remainders) {
    long invHigh = inv >> 63;
    for (int i = 0; i < w.length; i++) {
      long n = mult * w[i];
      long q = Math.multiplyHigh(n, inv) + (invHigh & n);
      long r = n - q * d;
      long c = ((r - d) >>> 63) ^ 1;
      parts[i] += q + c;
      remainders[i] += (r - (d & -c)) * factor;
    }
  }

  /** Moves whole units from the remainders (over {@code l}) to the floors; returns the floors' sum. */
  private static long carry(long[] parts, long[] remainders, long l) {
    long given = 0;
    for (int i = 0; i < parts.length; i++) {
      long r = remainders[i];
      while (r >= l) {
        r -= l;
        parts[i]++;
      }
      remainders[i] = r;
      given += parts[i];
    }
    return given;
  }
}
