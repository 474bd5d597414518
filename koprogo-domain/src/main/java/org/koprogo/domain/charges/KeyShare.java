/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One part of a composite key: "30% by shares" is {@code KeyShare(30, sharesKey)}. Shares are
 * relative: a composite key divides each share by the sum of its shares, so {@code 30 / 70} and
 * {@code 0.3 / 0.7} are the same key.
 *
 * @param share the part's relative share, positive
 * @param key the key that part is distributed by
 */
public record KeyShare(BigDecimal share, DistributionKey key) {
  /**
   * Checks the part.
   *
   * @param share the part's relative share, positive
   * @param key the key that part is distributed by
   * @throws KoproGoException {@code NONPOSITIVE_SHARE} for a share of zero or less
   */
  public KeyShare {
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(key, "key");
    if (share.signum() <= 0) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_SHARE,
          "share " + share.toPlainString() + " of key '" + key.name() + "' is not positive",
          "key", key.name(), "value", share.toPlainString());
    }
  }
}
