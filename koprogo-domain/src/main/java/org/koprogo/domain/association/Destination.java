/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One destination of the surplus voted by the general assembly ("solidarity", "reserve",
 * "price_decrease") and the percent of the surplus it receives.
 *
 * @param id the destination's id, not blank
 * @param percent its percent of the surplus, exact, never negative ({@code NEGATIVE_PERCENT})
 */
public record Destination(String id, BigDecimal percent) {
  /**
   * Checks the destination.
   *
   * @param id the destination's id, not blank
   * @param percent its percent of the surplus, exact, never negative ({@code NEGATIVE_PERCENT})
   * @throws KoproGoException {@code INVALID_FIELD} for a blank id, {@code NEGATIVE_PERCENT} for a
   *     negative percent
   */
  public Destination {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(percent, "percent");
    if (id.isBlank()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "a destination id is not blank", "field", "destinations");
    }
    if (percent.signum() < 0) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_PERCENT,
          "destination '" + id + "' has the negative percent " + percent.toPlainString(),
          "field", "destinations", "destination", id, "value", percent.toPlainString());
    }
  }

  /**
   * {@code id} receives {@code percent} percent of the surplus.
   *
   * @param id the destination's id ({@code "reserve"})
   * @param percent its percent, a plain decimal
   * @return the destination
   * @throws KoproGoException {@code INVALID_FIELD} for a blank id, {@code NEGATIVE_PERCENT} for a
   *     negative percent
   */
  public static Destination of(String id, String percent) {
    return new Destination(id, new BigDecimal(percent));
  }
}
