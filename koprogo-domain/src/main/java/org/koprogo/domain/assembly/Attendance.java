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
 * One line of the attendance list: an owner present in person, or represented by a proxy holder.
 * An owner not on the list is absent.
 *
 * @param owner the owner
 * @param mode present or by proxy
 * @param holder the proxy holder when {@code mode} is {@link AttendanceMode#PROXY}, null otherwise
 */
public record Attendance(OwnerId owner, AttendanceMode mode, HolderId holder) {
  /**
   * Checks the attendance.
   *
   * @param owner the owner
   * @param mode present or by proxy
   * @param holder the proxy holder when {@code mode} is {@link AttendanceMode#PROXY}, null
   *     otherwise
   * @throws KoproGoException {@code MISSING_FIELD} for a proxy naming no holder, {@code
   *     INVALID_PROXY} for an owner holding their own proxy
   */
  public Attendance {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(mode, "mode");
    if (mode == AttendanceMode.PRESENT) {
      holder = null;
    } else {
      if (holder == null) {
        throw KoproGoException.of(
            ErrorCode.MISSING_FIELD, "the proxy of owner '" + owner + "' names no holder",
            "field", "holder", "value", owner.value());
      }
      if (holder.is(owner)) {
        throw KoproGoException.of(
            ErrorCode.INVALID_PROXY, "owner '" + owner + "' cannot hold their own proxy",
            "field", "holder", "value", owner.value());
      }
    }
  }

  /**
   * The owner in person.
   *
   * @param owner the owner's id
   * @return the attendance
   * @throws KoproGoException {@code INVALID_FIELD} for a blank id
   */
  public static Attendance present(String owner) {
    return new Attendance(OwnerId.of(owner), AttendanceMode.PRESENT, null);
  }

  /**
   * The owner represented by {@code holder}.
   *
   * @param owner the owner's id
   * @param holder the proxy holder's id (an owner or another person)
   * @return the attendance
   * @throws KoproGoException {@code INVALID_PROXY} for an owner holding their own proxy, {@code
   *     INVALID_FIELD} for a blank id
   */
  public static Attendance proxy(String owner, String holder) {
    return new Attendance(OwnerId.of(owner), AttendanceMode.PROXY, HolderId.of(holder));
  }

  /**
   * The person who votes for the owner: the owner in person or the proxy holder.
   *
   * @return the voter
   */
  public HolderId voter() {
    return mode == AttendanceMode.PRESENT ? HolderId.of(owner) : holder;
  }
}
