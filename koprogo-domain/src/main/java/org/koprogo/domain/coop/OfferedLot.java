/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.Objects;
import org.koprogo.domain.building.LotId;

/**
 * A lot of the project offered in an allocation round; an unavailable lot is never allotted.
 *
 * @param id the lot
 * @param available whether it can be allotted in this round
 */
public record OfferedLot(LotId id, boolean available) {
  /**
   * Checks the lot.
   *
   * @param id the lot
   * @param available whether it can be allotted in this round
   */
  public OfferedLot {
    Objects.requireNonNull(id, "id");
  }

  /**
   * An available lot.
   *
   * @param id the lot
   * @return the lot, offered
   */
  public static OfferedLot available(LotId id) {
    return new OfferedLot(id, true);
  }

  /**
   * A lot that is not offered (kept back, already taken in an earlier round...).
   *
   * @param id the lot
   * @return the lot, not offered
   */
  public static OfferedLot unavailable(LotId id) {
    return new OfferedLot(id, false);
  }
}
