/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Civil Code art. 3.85 §1: a lot (private part) and its share in the common parts (quotité),
 * set in proportion to its value. Shares have any scale: thousandths, ten-thousandths, decimals.
 *
 * @param id the lot's id
 * @param shares its share in the common parts, positive
 * @param description what the lot is ("flat 2nd floor left", "cellar 4"), never null
 */
public record Lot(LotId id, BigDecimal shares, String description) {
  public Lot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(shares, "shares");
    Objects.requireNonNull(description, "description");
    if (shares.signum() <= 0) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_SHARE,
          "lot " + id + " has shares " + shares.toPlainString() + "; a lot's shares are positive",
          "lot", id.value(), "value", shares.toPlainString());
    }
  }

  /** A lot without description. */
  public static Lot of(String id, String shares) {
    return new Lot(LotId.of(id), new BigDecimal(shares), "");
  }
}
