/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A distribution key: a weight per lot (Civil Code art. 3.85: the general key is the lots'
 * shares in the common parts; special keys weigh only some lots, such as the elevator or heating
 * by meter readings). A lot the key does not list has weight 0.
 *
 * <p>Weights are exact decimals of any scale, never negative, and not all zero. Immutable.
 *
 * @param name what the key is ("general", "elevator", "heating meters"), never null
 * @param weights the weight of each lot it names, in order
 */
public record DistributionKey(String name, Map<LotId, BigDecimal> weights) {
  /**
   * Checks the weights and copies them.
   *
   * @param name what the key is ("general", "elevator", "heating meters"), never null
   * @param weights the weight of each lot it names, in order
   * @throws KoproGoException {@code NEGATIVE_WEIGHT} for a negative weight, {@code
   *     ZERO_TOTAL_WEIGHT} when every weight is zero
   */
  public DistributionKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(weights, "weights");
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<LotId, BigDecimal> e : weights.entrySet()) {
      Objects.requireNonNull(e.getKey(), "lot");
      Objects.requireNonNull(e.getValue(), "weight");
      if (e.getValue().signum() < 0) {
        throw KoproGoException.of(
            ErrorCode.NEGATIVE_WEIGHT,
            "weight " + e.getValue().toPlainString() + " of lot " + e.getKey() + " in key '"
                + name + "' is negative",
            "key", name, "lot", e.getKey().value(), "value", e.getValue().toPlainString());
      }
      total = total.add(e.getValue());
    }
    if (total.signum() == 0) {
      throw KoproGoException.of(
          ErrorCode.ZERO_TOTAL_WEIGHT, "every weight of key '" + name + "' is zero", "key", name);
    }
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  /**
   * The weight of {@code lot} in this key, zero when the key does not list it.
   *
   * @param lot a lot
   * @return its weight
   */
  public BigDecimal weightOf(LotId lot) {
    return weights.getOrDefault(lot, BigDecimal.ZERO);
  }

  /**
   * The key's total weight.
   *
   * @return the total weight
   */
  public BigDecimal totalWeight() {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal w : weights.values()) {
      total = total.add(w);
    }
    return total;
  }
}
