/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Objects;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The id of a person who votes at an assembly: a present owner, or a proxy holder who may be an
 * owner or anyone else (a relative, a tenant, a lawyer). Equal to an {@link OwnerId}'s value when
 * the person is that owner.
 *
 * @param value the person's id, not blank
 */
public record HolderId(String value) implements Comparable<HolderId> {
  /**
   * Checks the id.
   *
   * @param value the person's id, not blank
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code id}) when blank
   */
  public HolderId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a holder id is not blank", "field", "id");
    }
  }

  /**
   * The voting person of that id.
   *
   * @param value the id, not blank
   * @return the id
   * @throws KoproGoException {@code INVALID_FIELD} when blank
   */
  public static HolderId of(String value) {
    return new HolderId(value);
  }

  /**
   * The owner as a voting person.
   *
   * @param owner the owner
   * @return the owner's id as a holder id
   */
  public static HolderId of(OwnerId owner) {
    return new HolderId(owner.value());
  }

  /**
   * True when this person is that owner.
   *
   * @param owner an owner
   * @return whether the ids are equal
   */
  public boolean is(OwnerId owner) {
    return value.equals(owner.value());
  }

  @Override
  public int compareTo(HolderId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
