/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The state of a contribution payment: only CONFIRMED payments count towards a member's dues. */
public enum PaymentStatus {
  /** Declared by the member, not checked yet. */
  PENDING,
  /** Checked against the bank statement by a manager. */
  CONFIRMED,
  /** Refused by a manager (not received, wrong amount...). */
  REJECTED;

  /**
   * The status named {@code text}.
   *
   * @param text the status's name
   * @return the status
   * @throws KoproGoException {@code INVALID_STATUS} for any other text
   */
  public static PaymentStatus parse(String text) {
    for (PaymentStatus s : values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    throw KoproGoException.of(
        ErrorCode.INVALID_STATUS, "'" + text + "' is not a payment status (PENDING, CONFIRMED, REJECTED)",
        "value", text);
  }
}
