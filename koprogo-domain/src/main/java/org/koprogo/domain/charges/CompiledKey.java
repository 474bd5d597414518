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
import org.koprogo.domain.shared.selection.RemainderSelection;

/**
 * A (single or composite) distribution key compiled against the lots of a building, to
 * distribute many expenses by the same key: Civil Code art. 3.85 §1 and 3.86 §2, exactly as
 * {@link ChargeDistribution#distribute(Money, List, List)} (which compiles a key and uses it once).
 *
 * <p>Compiling validates the lots and the keys once and folds the whole key into one integer
 * weight per lot: with every key's weights turned into {@code long}s reduced by their greatest
 * common divisor ({@code w_ik}, total {@code W_k}), the shares into integers {@code s_k} (total
 * {@code S}), {@code D_k = S * W_k} and {@code C = lcm(D_k)}, lot {@code i}'s exact quota {@code
 * |T| * sum_k (s_k / S) * (w_ik / W_k)} is {@code |T| * c_i / C} with {@code c_i = sum_k s_k *
 * w_ik * C / D_k}, and the {@code c_i} add up to {@code C}. When {@code C} does not fit in 62
 * bits, every distribution falls back to exact {@link BigInteger} arithmetic: same result,
 * slower. Otherwise a distribution uses neither a division per lot, nor a map, nor {@link
 * BigDecimal} or {@link BigInteger}:
 *
 * <ul>
 *   <li>the missing units are settled without ranking every lot's remainder: each lot is given
 *       {@code floor((t * c_i + k) / C)} with {@code k = C - pivot} and {@code pivot =
 *       ceil(C / 2)}, which is its floor plus one unit when its remainder is at least the pivot,
 *       and the lots whose remainder lies in a narrow band around the pivot are noted; {@link
 *       RemainderSelection#settleAroundPivot} then moves the few units that the pivot gave too many or
 *       too few, exactly in the order of the rule. When the band is too narrow (remainders
 *       crowded together), every lot's remainder is computed and {@link
 *       RemainderSelection#giveRemainder} apportions from all of them;
 *   <li>when {@code C <} 2^61 and {@code t mod C <} 2^30 (any expense below 10,737,418.24 in a
 *       currency of cents, whatever the key), the floors come from three passes over the lots:
 *       a fixed-point estimate, then one comparison of correction and a flag on the lots in the
 *       band (the part stored complemented), both of nothing but {@code long} additions, shifts
 *       and multiplications in loops small enough for the JIT to vectorise, and a last pass that
 *       restores the flagged parts and adds them up. Otherwise one scalar pass divides by a
 *       multiply-high with a reciprocal of {@code C};
 *   <li>a key of small integer weights (at most {@value #TABLE_MAX}, with at least {@value
 *       #TABLE_LOTS_PER_VALUE} lots per possible value, as shares in thousandths over a large
 *       estate) is settled by weight value: the quotient and remainder of every value once per
 *       expense, the threshold remainder {@code rho} selected over the values weighted by how
 *       many lots have each, then one vectorisable pass {@code floor((t * x + C - 1 - rho) /
 *       C)}, and the lots whose remainder equals {@code rho} taken in their order from a list of
 *       the lots of each value built at compile time.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class CompiledKey {
  /** The largest folded weight whose quotients are tabulated per expense. */
  static final int TABLE_MAX = 4096;
  /** Bits of the fixed-point quotient on the table path: {@code TABLE_MAX + 1 <= 2^13}. */
  private static final int TABLE_SHIFT = 13;
  /**
   * Lots per possible weight value at least for the table to pay: per expense the table costs
   * about as much per value as the general path per lot.
   */
  static final int TABLE_LOTS_PER_VALUE = 16;
  /** The largest {@code C} of the vectorised general path: {@code 3 * C} must fit. */
  private static final long PASSES_MAX_COMMON = (1L << 61) - 1;
  /** The largest {@code t mod C} of the vectorised general path: {@code tr * 2^33} must fit. */
  private static final long PASSES_MAX_REST = (1L << 30) - 1;
  /** Fractional bits of the estimate of the vectorised general path. */
  private static final int ESTIMATE_SHIFT = 33;
  private static final long LOW_31 = (1L << 31) - 1;
  /** Up to this many lots, every lot's remainder is kept and ranked (no settlement at a pivot). */
  static final int ALL_CANDIDATES = 64;
  /** The largest weight, or total of a key's weights, or {@code C}, kept in a {@code long}. */
  private static final long MAX_WEIGHT = (1L << 62) - 1;

  private final List<LotId> lots;
  private final List<KeyShare> keys;
  /** False when a figure did not fit in 62 bits: every distribution is then exact BigInteger. */
  private final boolean fast;
  /** {@code C}: the folded weights' total, 0 when not fast. */
  private final long common;
  /** {@code c_i}: every lot's folded weight; null when not fast. */
  private final long[] column;
  /**
   * Half the width of the band of remainders around the pivot whose lots are candidates, as a
   * divisor of {@code C}: half the square root of the number of lots, so that the band holds
   * about {@code 4 * sqrt(n)} lots of evenly spread remainders, while the pivot is wrong by about
   * {@code sqrt(n / 12)} units (at 100,000 lots: 1,265 candidates against a typical 91 units).
   * 1 when there are so few lots that every remainder is kept and ranked instead.
   */
  private final long bandDivisor;
  /** Table path: how many lots have each weight value {@code 0..max}. */
  private final int[] valueCounts;
  /** Table path: where each value's lots start in {@link #lotsByValue}; one more than values. */
  private final int[] valueStarts;
  /** Table path: the lots' indices grouped by weight value, increasing within a value. */
  private final int[] lotsByValue;

  private CompiledKey(List<LotId> lots, Map<LotId, Integer> index, List<KeyShare> keys) {
    this.lots = lots;
    this.keys = keys;
    int n = lots.size();
    long[] folded = fold(keys, index, n);
    this.fast = folded != null;
    if (!fast) {
      this.common = 0;
      this.column = null;
      this.bandDivisor = 0;
      this.valueCounts = null;
      this.valueStarts = null;
      this.lotsByValue = null;
      return;
    }
    long gcd = 0;
    long max = 0;
    for (long c : folded) {
      gcd = gcd(gcd, c);
      max = Math.max(max, c);
    }
    long total = 0;
    for (int i = 0; i < n; i++) {
      folded[i] /= gcd;
      total += folded[i];
    }
    this.common = total;
    max /= gcd;
    int sqrt = (int) isqrt(n);
    this.bandDivisor = n <= ALL_CANDIDATES ? 1 : Math.max(2, sqrt / 2);
    this.column = folded;
    if (max <= TABLE_MAX && max * TABLE_LOTS_PER_VALUE <= n) {
      int values = (int) max + 1;
      this.valueCounts = new int[values];
      for (int i = 0; i < n; i++) {
        valueCounts[(int) folded[i]]++;
      }
      this.valueStarts = new int[values + 1];
      for (int v = 0; v < values; v++) {
        valueStarts[v + 1] = valueStarts[v] + valueCounts[v];
      }
      this.lotsByValue = new int[n];
      int[] next = java.util.Arrays.copyOf(valueStarts, values);
      for (int i = 0; i < n; i++) {
        lotsByValue[next[(int) folded[i]]++] = i;
      }
    } else {
      this.valueCounts = null;
      this.valueStarts = null;
      this.lotsByValue = null;
    }
  }

  /**
   * Every lot's folded weight {@code c_i} (not yet reduced by their gcd), or null when a key's
   * weights, their total or {@code C} do not fit in 62 bits. Checks that every weighed lot is
   * listed.
   */
  private static long[] fold(List<KeyShare> keys, Map<LotId, Integer> index, int n) {
    int m = keys.size();
    long[][] columns = new long[m][];
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
      long gcd = 0;
      for (long w : column) {
        gcd = gcd(gcd, w);
      }
      long total = 0;
      for (int i = 0; i < n; i++) {
        column[i] /= gcd;
        total += column[i];
      }
      columns[k] = column;
      totals[k] = BigInteger.valueOf(total);
    }
    if (!fits) {
      return null;
    }
    int shareScale = 0;
    for (KeyShare p : keys) {
      shareScale = Math.max(shareScale, p.share().scale());
    }
    BigInteger[] shares = new BigInteger[m];
    BigInteger shareGcd = BigInteger.ZERO;
    for (int k = 0; k < m; k++) {
      shares[k] = keys.get(k).share().setScale(shareScale).unscaledValue();
      shareGcd = shareGcd.gcd(shares[k]);
    }
    BigInteger shareTotal = BigInteger.ZERO;
    for (int k = 0; k < m; k++) {
      shares[k] = shares[k].divide(shareGcd);
      shareTotal = shareTotal.add(shares[k]);
    }
    BigInteger[] denominators = new BigInteger[m];
    BigInteger lcm = BigInteger.ONE;
    for (int k = 0; k < m; k++) {
      denominators[k] = shareTotal.multiply(totals[k]);
      lcm = lcm.divide(lcm.gcd(denominators[k])).multiply(denominators[k]);
    }
    if (lcm.bitLength() > 62) {
      return null;
    }
    // c_i = sum_k s_k * w_ik * (C / D_k) <= C: no product or sum below overflows.
    long[] folded = columns[0];
    for (int k = 0; k < m; k++) {
      long factor = shares[k].multiply(lcm.divide(denominators[k])).longValueExact();
      long[] column = columns[k];
      if (k == 0) {
        for (int i = 0; i < n; i++) {
          folded[i] = Math.multiplyExact(column[i], factor);
        }
      } else {
        for (int i = 0; i < n; i++) {
          folded[i] = Math.addExact(folded[i], Math.multiplyExact(column[i], factor));
        }
      }
    }
    return folded;
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

  /** The integer square root of {@code n >= 0}. */
  private static long isqrt(long n) {
    long r = 0;
    for (long bit = 1L << 30; bit != 0; bit >>= 1) {
      long c = r | bit;
      if (c * c <= n) {
        r = c;
      }
    }
    return r;
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

  /**
   * The lots, in order (the order breaks ties of the apportionment).
   *
   * @return the lots
   */
  public List<LotId> lots() {
    return lots;
  }

  /**
   * The key parts.
   *
   * @return the key parts
   */
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
   * @param total the amount in minor units
   * @return every lot's part in minor units, in the lots' order, adding up to {@code total}
   * @throws KoproGoException {@code AMOUNT_OVERFLOW} for {@code Long.MIN_VALUE}
   */
  public long[] split(long total) {
    if (total == Long.MIN_VALUE) {
      throw KoproGoException.of(ErrorCode.AMOUNT_OVERFLOW, "amount out of range");
    }
    if (!fast) {
      return Apportionment.split(total, ChargeDistribution.quotaWeights(lots, keys));
    }
    long t = Math.abs(total);
    if (valueCounts != null) {
      return byTable(t, total < 0);
    }
    long[] parts = byColumn(t);
    if (total < 0) {
      for (int i = 0; i < parts.length; i++) {
        parts[i] = -parts[i];
      }
    }
    return parts;
  }

  /**
   * {@code floor(tr * 2^64 / c)} as an unsigned {@code long}, for {@code 0 <= tr < c < 2^62}:
   * the reciprocal by which {@code floor(tr * x / c)} is a multiply-high, one short at most.
   *
   * <p>With {@code a} this value and {@code 0 <= x <= c}, {@code x * a / 2^64} is below {@code tr
   * * x / c} by less than {@code x / 2^64 < 1}, so its floor {@code q} is {@code floor(tr * x /
   * c)} or one less, and {@code tr * x - q * c}, exact modulo 2^64, lies in {@code [0, 2c)}: one
   * comparison finishes the division.
   */
  static long reciprocal(long tr, long c) {
    return scaledQuotient(tr, c, 64);
  }

  /**
   * The general path: every lot is given {@code floor(t * c_i / C)} plus one unit when its
   * remainder is at least the pivot, and the lots whose remainder lies in the band around the
   * pivot are noted; {@link RemainderSelection#settleAroundPivot} corrects the count.
   */
  private long[] byColumn(long t) {
    long c = common;
    long tq = t / c;
    long tr = t % c;
    int n = column.length;
    if (bandDivisor == 1) {
      return exactly(t, tq, tr, reciprocal(tr, c), new long[n]);
    }
    long pivot = (c + 1) >>> 1;
    long half = c / bandDivisor;
    int capacity = (int) Math.min(n, 4L * n / bandDivisor + 64);
    int[] candidates = new int[capacity];
    long[] remainders = new long[capacity];
    long[] parts;
    long given;
    int count;
    if (c <= PASSES_MAX_COMMON && tr <= PASSES_MAX_REST) {
      long k = c - pivot;
      long a = reciprocal(tr, c);
      long b = scaledQuotient(tr, c, ESTIMATE_SHIFT);
      long kb = scaledQuotient(k, c, ESTIMATE_SHIFT);
      parts = tq == 0 ? estimates(column, a, b, kb) : estimates(column, tq, a, b, kb);
      correctAndFlag(column, parts, t, c, k, half);
      long[] sum = new long[1];
      count = restore(column, parts, t, c, k, candidates, remainders, sum);
      given = sum[0];
    } else {
      long a = reciprocal(tr, c);
      long aHigh = a >> 63;
      long low = pivot - half + Long.MIN_VALUE;
      long width = 2 * half + Long.MIN_VALUE;
      long[] x = column;
      parts = new long[n];
      given = 0;
      count = 0;
      for (int i = 0; i < n; i++) {
        long w = x[i];
        long q = Math.multiplyHigh(w, a) + (aHigh & w);
        long r = tr * w - q * c;
        if (r >= c) {
          r -= c;
          q++;
        }
        q += tq * w;
        if (r >= pivot) {
          q++;
        }
        parts[i] = q;
        given += q;
        if (r - low < width) {
          if (count < capacity) {
            candidates[count] = i;
            remainders[count] = r;
          }
          count++;
        }
      }
    }
    if (count <= capacity
        && RemainderSelection.settleAroundPivot(
            parts, candidates, remainders, count, pivot, t - given)) {
      return parts;
    }
    return exactly(t, tq, tr, reciprocal(tr, c), parts);
  }

  /**
   * First pass of the general path when the figures are small enough ({@code C <} 2^61, {@code
   * tr = t mod C <} 2^30): every lot's {@code floor((tr * x + k) / C)}, or one less, by a
   * fixed-point product of the two 31-bit halves of {@code x}: with {@code a = floor(tr * 2^64 /
   * C)}, {@code b = floor(tr * 2^33 / C)} and {@code kb = floor(k * 2^33 / C)}, {@code (xh * a +
   * xl * b + kb) >>> 33} is below {@code (tr * x + k) / C} by less than {@code (xh + xl + 1) /
   * 2^33 < 1/2}, and the sum stays below {@code (tr + 1) * 2^33 <= 2^63}. Only {@code long}
   * additions, shifts and multiplications: the JIT vectorises this loop and the next.
   */
  private static long[] estimates(long[] x, long a, long b, long kb) {
    long[] parts = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      long w = x[i];
      parts[i] = ((w >>> 31) * a + (w & LOW_31) * b + kb) >>> ESTIMATE_SHIFT;
    }
    return parts;
  }

  /** {@link #estimates(long[], long, long, long)} plus {@code tq * x}, for {@code t >= C}. */
  private static long[] estimates(long[] x, long tq, long a, long b, long kb) {
    long[] parts = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      long w = x[i];
      parts[i] = (((w >>> 31) * a + (w & LOW_31) * b + kb) >>> ESTIMATE_SHIFT) + tq * w;
    }
    return parts;
  }

  /**
   * Second pass: completes every part to {@code floor((t * x + k) / C)}, the floor plus one unit
   * for a remainder at or above the pivot ({@code k = C - pivot}): with {@code q} the estimate,
   * {@code r = t * x + k - q * C} (exact modulo 2^64) lies in {@code [0, 2C)}, so one comparison
   * finishes. Then flags, as {@code ~part}, every lot whose remainder lies within {@code half}
   * of the pivot: whose {@code (t * x + k) mod C} is below {@code half} or at least {@code C -
   * half}.
   */
  private static void correctAndFlag(long[] x, long[] parts, long t, long c, long k, long half) {
    long high = c - half - 1;
    for (int i = 0; i < x.length; i++) {
      long q = parts[i];
      long r = t * x[i] + k - q * c;
      long over = (c - 1 - r) >> 63;
      long rn = r - (c & over);
      parts[i] = (q - over) ^ -(((rn - half) >>> 63) | ((high - rn) >>> 63));
    }
  }

  /**
   * Last pass: restores the flagged parts and notes their lots as candidates with their remainder
   * ({@code (t * x + k - q * C) - k} modulo {@code C}), up to the capacity of the arrays; puts the
   * sum of the parts in {@code sum[0]} and returns the number of flagged lots.
   */
  private static int restore(
      long[] x, long[] parts, long t, long c, long k, int[] candidates, long[] remainders,
      long[] sum) {
    int capacity = candidates.length;
    long given = 0;
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      long q = parts[i];
      if (q < 0) {
        q = ~q;
        parts[i] = q;
        if (count < capacity) {
          candidates[count] = i;
        }
        count++;
      }
      given += q;
    }
    long pivot = c - k;
    for (int j = 0; j < Math.min(count, capacity); j++) {
      int i = candidates[j];
      long rn = t * x[i] + k - parts[i] * c;
      remainders[j] = rn >= k ? rn - k : rn + pivot;
    }
    sum[0] = given;
    return count;
  }

  /** The general path when the band was too narrow: every lot's remainder, then all of them. */
  private long[] exactly(long t, long tq, long tr, long a, long[] parts) {
    long c = common;
    long aHigh = a >> 63;
    long[] x = column;
    int n = x.length;
    long[] remainders = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long w = x[i];
      long q = Math.multiplyHigh(w, a) + (aHigh & w);
      long r = tr * w - q * c;
      long carry = (c - 1 - r) >>> 63;
      q += carry + tq * w;
      parts[i] = q;
      remainders[i] = r - (c & -carry);
      given += q;
    }
    RemainderSelection.giveRemainder(parts, remainders, (int) (t - given));
    return parts;
  }

  /**
   * The table path: the quotient and remainder of every weight value, the threshold remainder
   * {@code rho} over the values, then every lot's part, then the lots at the threshold in their
   * order.
   *
   * <p>Every lot's part is {@code floor(t * x / c)} plus one when its remainder {@code t * x mod
   * c} is above {@code rho}, which is {@code floor((t * x + k) / c)} with {@code k = c - 1 - rho}.
   * With {@code s = }{@value #TABLE_SHIFT}, {@code a = floor(t * 2^s / c)} and {@code b =
   * floor(k * 2^s / c)}, {@code (x * a + b) >>> s} is that quotient or one less (the error is
   * below {@code (x + 1) / 2^s <= 1}), and {@code q * c - t * x + rho}, exact modulo 2^64, is
   * negative exactly when it is one less. Two {@code long} multiplications and no table look-up
   * per lot, in a loop small enough for the JIT to vectorise; when {@code x * a} could exceed 64
   * bits (an amount over 2^38 times the total weight), each lot looks its part up instead.
   */
  private long[] byTable(long t, boolean negative) {
    long c = common;
    long tq = t / c;
    long tr = t % c;
    long ra = reciprocal(tr, c);
    long raHigh = ra >> 63;
    int values = valueCounts.length;
    long[] quotients = new long[values];
    long[] rests = new long[values];
    long given = 0;
    for (int v = 0; v < values; v++) {
      long q = Math.multiplyHigh(v, ra) + (raHigh & v);
      long r = tr * v - q * c;
      long carry = (c - 1 - r) >>> 63;
      q += carry + tq * v;
      quotients[v] = q;
      rests[v] = r - (c & -carry);
      given += q * valueCounts[v];
    }
    long units = t - given;
    long threshold = c - 1;
    long atThreshold = 0;
    if (units > 0) {
      threshold = RemainderSelection.rthLargestOfGroups(rests, valueCounts, units);
      long above = 0;
      for (int v = 0; v < values; v++) {
        long up = (threshold - rests[v]) >>> 63;
        quotients[v] += up;
        above += up * valueCounts[v];
      }
      atThreshold = units - above;
    }
    long[] parts;
    if (tq < 1L << (62 - 2 * TABLE_SHIFT)) {
      long a = (tq << TABLE_SHIFT) + scaledQuotient(tr, c, TABLE_SHIFT);
      long b = scaledQuotient(c - 1 - threshold, c, TABLE_SHIFT);
      parts =
          negative
              ? negatedParts(column, a, b, c, t, threshold)
              : parts(column, a, b, c, t, threshold);
    } else {
      if (negative) {
        for (int v = 0; v < values; v++) {
          quotients[v] = -quotients[v];
        }
      }
      long[] x = column;
      parts = new long[x.length];
      for (int i = 0; i < x.length; i++) {
        parts[i] = quotients[(int) x[i]];
      }
    }
    if (atThreshold > 0) {
      giveAtThreshold(parts, rests, threshold, (int) atThreshold, negative ? -1 : 1);
    }
    return parts;
  }

  /**
   * {@code floor(r * 2^s / c)} for {@code 0 <= r < c < 2^62} and {@code 1 <= s <= 64}, modulo
   * 2^64 (below {@code 2^s}).
   */
  static long scaledQuotient(long r, long c, int s) {
    return s == 64 ? divide(r, 0, c) : divide(r >>> (64 - s), r << s, c);
  }

  /**
   * The unsigned quotient of the 128-bit {@code high * 2^64 + low} by {@code v}, for unsigned
   * {@code high < v}: long division by the two 32-bit halves of the normalised divisor, each
   * digit estimated by one 64-bit division and corrected at most twice (Knuth's algorithm D,
   * as in Hacker's Delight, {@code divlu}).
   */
  private static long divide(long high, long low, long v) {
    long base = 1L << 32;
    int shift = Long.numberOfLeadingZeros(v);
    long vn = v << shift;
    long vn1 = vn >>> 32;
    long vn0 = vn & 0xFFFF_FFFFL;
    long un32 = shift == 0 ? high : (high << shift) | (low >>> (64 - shift));
    long un10 = low << shift;
    long un1 = un10 >>> 32;
    long un0 = un10 & 0xFFFF_FFFFL;
    long q1 = Long.divideUnsigned(un32, vn1);
    long rhat = un32 - q1 * vn1;
    while (Long.compareUnsigned(q1, base) >= 0
        || Long.compareUnsigned(q1 * vn0, (rhat << 32) + un1) > 0) {
      q1--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, base) >= 0) {
        break;
      }
    }
    long un21 = (un32 << 32) + un1 - q1 * vn;
    long q0 = Long.divideUnsigned(un21, vn1);
    rhat = un21 - q0 * vn1;
    while (Long.compareUnsigned(q0, base) >= 0
        || Long.compareUnsigned(q0 * vn0, (rhat << 32) + un0) > 0) {
      q0--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, base) >= 0) {
        break;
      }
    }
    return (q1 << 32) + q0;
  }

  /** Every lot's part on the table path: see {@link #byTable}. */
  private static long[] parts(long[] x, long a, long b, long c, long t, long rho) {
    long[] parts = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      long w = x[i];
      long q = (w * a + b) >>> TABLE_SHIFT;
      parts[i] = q + ((q * c - t * w + rho) >>> 63);
    }
    return parts;
  }

  /** {@link #parts} negated, for a credit note. */
  private static long[] negatedParts(long[] x, long a, long b, long c, long t, long rho) {
    long[] parts = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      long w = x[i];
      long q = (w * a + b) >>> TABLE_SHIFT;
      parts[i] = -(q + ((q * c - t * w + rho) >>> 63));
    }
    return parts;
  }

  /**
   * Gives {@code units} more units (of sign {@code step}) to the first lots, in the lots' order,
   * among those whose weight value has the threshold remainder.
   */
  private void giveAtThreshold(long[] parts, long[] rests, long threshold, int units, int step) {
    int tied = 0;
    int only = -1;
    for (int v = 0; v < rests.length; v++) {
      if (rests[v] == threshold && valueCounts[v] > 0) {
        tied += valueCounts[v];
        only = only == -1 ? v : -2;
      }
    }
    int[] order;
    int from;
    if (only >= 0) {
      order = lotsByValue;
      from = valueStarts[only];
    } else {
      order = new int[tied];
      int c = 0;
      for (int v = 0; v < rests.length; v++) {
        if (rests[v] == threshold && valueCounts[v] > 0) {
          System.arraycopy(lotsByValue, valueStarts[v], order, c, valueCounts[v]);
          c += valueCounts[v];
        }
      }
      java.util.Arrays.sort(order);
      from = 0;
    }
    for (int j = from; j < from + units; j++) {
      parts[order[j]] += step;
    }
  }
}
