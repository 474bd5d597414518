/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import java.util.LinkedHashMap;
import java.util.Map;
import org.koprogo.domain.charges.KeyShare;

/**
 * One part of a (composite) distribution key, in plain values a client shows: its share and each
 * lot's weight (a budget line's key, a commitment's key).
 *
 * @param name the key's name
 * @param share its relative share, plain decimal
 * @param weights each lot's weight, plain decimal, in the key's order
 */
public record KeyView(String name, String share, Map<String, String> weights) {
  /**
   * The view of a key part.
   *
   * @param k the part
   * @return its view
   */
  public static KeyView of(KeyShare k) {
    Map<String, String> weights = new LinkedHashMap<>();
    k.key().weights().forEach((lot, weight) -> weights.put(lot.value(), weight.toPlainString()));
    return new KeyView(k.key().name(), k.share().toPlainString(), weights);
  }
}
