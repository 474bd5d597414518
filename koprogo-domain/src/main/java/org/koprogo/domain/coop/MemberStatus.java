/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** Where a member stands in the cooperative. Only an ACTIVE member can be allotted a lot. */
public enum MemberStatus {
  /** Joined, identity documents not all accepted yet. */
  PENDING_KYC,
  /** A full member. */
  ACTIVE,
  /** Temporarily without rights (decided by the managers). */
  SUSPENDED,
  /** Has left the cooperative; the rank is never given to anyone else. */
  WITHDRAWN;

  /**
   * The status named {@code text}.
   *
   * @param text the status's name
   * @return the status
   * @throws KoproGoException {@code INVALID_STATUS} for any other text
   */
  public static MemberStatus parse(String text) {
    for (MemberStatus s : values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    throw KoproGoException.of(
        ErrorCode.INVALID_STATUS,
        "'" + text + "' is not a member status (PENDING_KYC, ACTIVE, SUSPENDED, WITHDRAWN)",
        "value", text);
  }
}
