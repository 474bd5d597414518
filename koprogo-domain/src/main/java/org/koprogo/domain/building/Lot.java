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
  /**
   * Checks the lot.
   *
   * @param id the lot's id
   * @param shares its share in the common parts, positive
   * @param description what the lot is ("flat 2nd floor left", "cellar 4"), never null
   * @throws KoproGoException {@code NONPOSITIVE_SHARE} for shares of zero or less, {@code
   *     INVALID_NUMBER} beyond {@link #MAX_SHARES} or {@link #MAX_SHARES_SCALE} decimals
   */
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

  /**
   * The largest share a lot may have in the common parts: a basic deed divides the building in
   * thousandths or ten-thousandths, so a billion leaves room for any deed and refuses an absurd
   * figure ({@code 1e300}) that would take every expense from the real lots.
   */
  public static final BigDecimal MAX_SHARES = BigDecimal.valueOf(1_000_000_000L);

  /** The most decimals a lot's shares may have. */
  public static final int MAX_SHARES_SCALE = 6;

  /**
   * Checks a lot's shares as a basic deed states them: positive, at most {@link #MAX_SHARES},
   * with at most {@link #MAX_SHARES_SCALE} decimals. Cheap whatever the figure's exponent.
   *
   * @param field the field path to name in the error ({@code "lot.shares"})
   * @param shares the shares (quotités) of the lot in the common parts
   * @return {@code shares}
   * @throws KoproGoException {@code NONPOSITIVE_SHARE} for zero or less, {@code INVALID_NUMBER}
   *     beyond the bounds, each naming {@code field}
   */
  public static BigDecimal checkShares(BigDecimal shares, String field) {
    Objects.requireNonNull(shares, "shares");
    if (shares.signum() <= 0) {
      throw KoproGoException.of(ErrorCode.NONPOSITIVE_SHARE, "a lot's shares are positive",
          "field", field, "value", shares.precision() > 40 ? "(too long)" : shares.toString());
    }
    if (shares.compareTo(MAX_SHARES) > 0 || shares.scale() > MAX_SHARES_SCALE
        && shares.stripTrailingZeros().scale() > MAX_SHARES_SCALE) {
      throw KoproGoException.of(ErrorCode.INVALID_NUMBER,
          "a lot's shares are at most " + MAX_SHARES.toPlainString() + " with at most " + MAX_SHARES_SCALE
              + " decimals", "field", field, "value", shares.precision() > 40 ? "(too long)" : shares.toString());
    }
    return shares;
  }

  /**
   * A lot without description.
   *
   * @param id the lot's id
   * @param shares its shares, as a plain decimal
   * @return the lot
   * @throws KoproGoException {@code NONPOSITIVE_SHARE} or {@code INVALID_NUMBER} as {@link
   *     #checkShares}, {@code INVALID_FIELD} for a blank id
   */
  public static Lot of(String id, String shares) {
    return new Lot(LotId.of(id), new BigDecimal(shares), "");
  }
}
