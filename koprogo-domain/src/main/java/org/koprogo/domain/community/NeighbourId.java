/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A neighbour taking part in a building's community modules (an owner, a tenant, a member).
 *
 * @param value the id, not blank
 */
public record NeighbourId(String value) {
  /**
   * Checks the id.
   *
   * @param value the id, not blank
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code id}) when blank
   */
  public NeighbourId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a neighbour id is not blank", "field", "id");
    }
  }

  /**
   * The neighbour id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws KoproGoException {@code INVALID_FIELD} when blank
   */
  public static NeighbourId of(String value) {
    return new NeighbourId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
