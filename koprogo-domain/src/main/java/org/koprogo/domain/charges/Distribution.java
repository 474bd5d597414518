/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;

/**
 * The result of distributing one expense: every lot's part, adding up to the amount, and the
 * means to explain each part (the keys, the lot's weight in each, its exact quota).
 *
 * <p>Immutable and thread-safe.
 */
public final class Distribution {
  private final Money amount;
  private final List<LotId> lots;
  private final List<KeyShare> keys;
  private final long[] minor;

  Distribution(Money amount, List<LotId> lots, List<KeyShare> keys, long[] minor) {
    this.amount = amount;
    this.lots = lots;
    this.keys = keys;
    this.minor = minor;
  }

  /**
   * The distributed amount.
   *
   * @return the amount
   */
  public Money amount() {
    return amount;
  }

  /**
   * The lots, in the order they were given.
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
   * Every lot's part, in the lots' order, zero included.
   *
   * @return each lot's part
   */
  public Map<LotId, Money> allocations() {
    Map<LotId, Money> result = new LinkedHashMap<>();
    for (int i = 0; i < lots.size(); i++) {
      result.put(lots.get(i), Money.ofMinor(amount.currency(), minor[i]));
    }
    return result;
  }

  /**
   * The part of {@code lot}; zero for a lot not in the distribution.
   *
   * @param lot a lot
   * @return its part
   */
  public Money amountOf(LotId lot) {
    int i = lots.indexOf(lot);
    return Money.ofMinor(amount.currency(), i < 0 ? 0 : minor[i]);
  }

  /**
   * Why each lot pays what it pays, in the lots' order.
   *
   * @return one explanation per lot
   */
  public List<LotExplanation> explain() {
    BigDecimal shareTotal = BigDecimal.ZERO;
    List<BigDecimal> keyTotals = new ArrayList<>();
    for (KeyShare k : keys) {
      shareTotal = shareTotal.add(k.share());
      keyTotals.add(k.key().totalWeight());
    }
    Fraction amountExact = amount.toFraction();
    List<LotExplanation> result = new ArrayList<>(lots.size());
    for (int i = 0; i < lots.size(); i++) {
      LotId lot = lots.get(i);
      List<KeyContribution> contributions = new ArrayList<>();
      Fraction quotaRatio = Fraction.ZERO;
      for (int k = 0; k < keys.size(); k++) {
        KeyShare part = keys.get(k);
        BigDecimal weight = part.key().weightOf(lot);
        Fraction ratio =
            Fraction.of(part.share())
                .dividedBy(Fraction.of(shareTotal))
                .times(Fraction.of(weight))
                .dividedBy(Fraction.of(keyTotals.get(k)));
        quotaRatio = quotaRatio.plus(ratio);
        contributions.add(
            new KeyContribution(part.key().name(), part.share(), weight, keyTotals.get(k), ratio));
      }
      result.add(
          new LotExplanation(
              lot,
              contributions,
              quotaRatio,
              amountExact.times(quotaRatio),
              Money.ofMinor(amount.currency(), minor[i])));
    }
    return result;
  }

  /**
   * How one key part weighs one lot.
   *
   * @param key the key's name
   * @param share the key part's relative share
   * @param weight the lot's weight in that key (zero when the key does not list it)
   * @param keyTotal the key's total weight
   * @param ratio the lot's exact part of the amount through this key: share/sum(shares) *
   *     weight/keyTotal
   */
  public record KeyContribution(
      String key, BigDecimal share, BigDecimal weight, BigDecimal keyTotal, Fraction ratio) {}

  /**
   * Why one lot pays what it pays.
   *
   * @param lot the lot
   * @param contributions one per key part
   * @param ratio the lot's exact part of the amount (the sum of the contributions' ratios)
   * @param exactQuota the exact amount before rounding, in major units
   * @param amount the rounded amount the lot pays (within one minor unit of the exact quota)
   */
  public record LotExplanation(
      LotId lot,
      List<KeyContribution> contributions,
      Fraction ratio,
      Fraction exactQuota,
      Money amount) {
    /**
     * Copies the contributions.
     *
     * @param lot the lot
     * @param contributions one per key part
     * @param ratio the lot's exact part of the amount (the sum of the contributions' ratios)
     * @param exactQuota the exact amount before rounding, in major units
     * @param amount the rounded amount the lot pays (within one minor unit of the exact quota)
     */
    public LotExplanation {
      contributions = List.copyOf(contributions);
    }
  }
}
