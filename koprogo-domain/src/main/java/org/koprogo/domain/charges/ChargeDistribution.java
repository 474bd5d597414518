/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Apportionment;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Civil Code art. 3.85 §1 and 3.86 §2: an expense is distributed over the lots by a key.
 *
 * <p>Lot {@code i} has the exact quota {@code amount * sum_k (share_k / sum(shares)) * (w_ik /
 * W_k)}, {@code W_k} being key {@code k}'s total weight; the amount is apportioned once, by
 * largest remainder over these quotas in the lots' order (never per key), so the parts add up to
 * the amount to the cent. A single key is a composite key with one part.
 */
public final class ChargeDistribution {
  private ChargeDistribution() {}

  /**
   * Distributes {@code amount} over {@code lots} by one key.
   *
   * @param amount the amount to distribute
   * @param lots the lots, in order (the order breaks ties of the apportionment)
   * @param key the key
   * @return the distribution
   * @throws KoproGoException {@code EMPTY_UNITS}, {@code DUPLICATE_UNIT}, {@code UNKNOWN_UNIT},
   *     {@code AMOUNT_OVERFLOW}, as {@link #distribute(Money, List, List)}
   */
  public static Distribution distribute(Money amount, List<LotId> lots, DistributionKey key) {
    Objects.requireNonNull(key, "key");
    return distribute(amount, lots, List.of(new KeyShare(BigDecimal.ONE, key)));
  }

  /**
   * Distributes {@code amount} over {@code lots} by a composite key.
   *
   * @param amount the expense, negative for a credit note
   * @param lots the lots, in order (the order breaks ties of the apportionment)
   * @param keys the key parts, at least one
   * @return the distribution, which can explain every lot's part
   * @throws KoproGoException {@code EMPTY_UNITS}, {@code DUPLICATE_UNIT}, {@code EMPTY_KEYS},
   *     {@code UNKNOWN_UNIT} (a key weighs a lot not listed)
   */
  public static Distribution distribute(Money amount, List<LotId> lots, List<KeyShare> keys) {
    Objects.requireNonNull(amount, "amount");
    return compile(lots, keys).distribute(amount);
  }

  /**
   * Compiles one key against {@code lots}, to distribute many expenses by it.
   *
   * @param lots the lots, in order
   * @param key the key
   * @return the compiled key
   * @throws KoproGoException as {@link #compile(List, List)}
   */
  public static CompiledKey compile(List<LotId> lots, DistributionKey key) {
    Objects.requireNonNull(key, "key");
    return compile(lots, List.of(new KeyShare(BigDecimal.ONE, key)));
  }

  /**
   * Compiles a composite key against {@code lots}: the lots and keys are validated once, and
   * every later {@link CompiledKey#distribute(Money)} gives the same result as {@link
   * #distribute(Money, List, List)}, without map lookups or big-number arithmetic.
   *
   * @param lots the lots, in order
   * @param keys the key parts
   * @return the compiled key
   * @throws KoproGoException {@code EMPTY_UNITS}, {@code DUPLICATE_UNIT}, {@code EMPTY_KEYS},
   *     {@code UNKNOWN_UNIT} (a key weighs a lot not listed)
   */
  public static CompiledKey compile(List<LotId> lots, List<KeyShare> keys) {
    return CompiledKey.of(lots, keys);
  }

  /**
   * Integer weights proportional to every lot's exact quota: with each key's weights scaled to
   * integers {@code w'_ik} (total {@code W'_k}), shares to integers {@code s'_k}, and {@code L}
   * the least common multiple of the {@code W'_k}: {@code c_i = sum_k s'_k * w'_ik * L / W'_k}.
   */
  static BigInteger[] quotaWeights(List<LotId> units, List<KeyShare> parts) {
    int n = units.size();
    if (parts.size() == 1) {
      return scaledWeights(units, parts.get(0).key());
    }
    int shareScale = 0;
    for (KeyShare p : parts) {
      shareScale = Math.max(shareScale, Math.max(0, p.share().scale()));
    }
    BigInteger[][] perKey = new BigInteger[parts.size()][];
    BigInteger[] totals = new BigInteger[parts.size()];
    BigInteger lcm = BigInteger.ONE;
    for (int k = 0; k < parts.size(); k++) {
      perKey[k] = scaledWeights(units, parts.get(k).key());
      BigInteger total = BigInteger.ZERO;
      for (BigInteger w : perKey[k]) {
        total = total.add(w);
      }
      totals[k] = total;
      lcm = lcm.divide(lcm.gcd(total)).multiply(total);
    }
    BigInteger[] c = new BigInteger[n];
    java.util.Arrays.fill(c, BigInteger.ZERO);
    for (int k = 0; k < parts.size(); k++) {
      BigInteger share = parts.get(k).share().setScale(shareScale).unscaledValue();
      BigInteger factor = share.multiply(lcm.divide(totals[k]));
      for (int i = 0; i < n; i++) {
        if (perKey[k][i].signum() != 0) {
          c[i] = c[i].add(perKey[k][i].multiply(factor));
        }
      }
    }
    return c;
  }

  /** One key's weights for {@code units}, scaled to integers by the key's largest scale. */
  private static BigInteger[] scaledWeights(List<LotId> units, DistributionKey key) {
    int scale = 0;
    for (BigDecimal w : key.weights().values()) {
      scale = Math.max(scale, w.scale());
    }
    Map<LotId, BigDecimal> weights = key.weights();
    BigInteger[] result = new BigInteger[units.size()];
    for (int i = 0; i < result.length; i++) {
      BigDecimal w = weights.get(units.get(i));
      result[i] = w == null ? BigInteger.ZERO : w.setScale(scale).unscaledValue();
    }
    return result;
  }
}
