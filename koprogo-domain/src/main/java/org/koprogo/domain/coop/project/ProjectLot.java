/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.project;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A lot of the project ({@code A1}, {@code A2}...).
 *
 * @param surface the floor area in square metres, positive
 * @param id the lot's id
 * @param type what kind of lot
 * @param state where it stands, following the project's milestones
 */
public record ProjectLot(LotId id, LotType type, BigDecimal surface, LotState state) {
  /**
   * Checks the lot.
   *
   * @param id the lot's id
   * @param type what kind of lot
   * @param surface the floor area in square metres, positive
   * @param state where it stands, following the project's milestones
   * @throws KoproGoException {@code INVALID_FIELD} for a surface that is not positive
   */
  public ProjectLot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(state, "state");
    if (surface.signum() <= 0) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "surface " + surface.toPlainString() + " of lot " + id + " is not positive",
          "field", "surface", "value", surface.toPlainString());
    }
  }

  ProjectLot in(LotState to) {
    return new ProjectLot(id, type, surface, to);
  }
}
