/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** From when late-payment interest runs, once an installment is late. */
public enum AccrualStart {
  /** From the due date: the grace period only decides whether the installment is late. */
  DUE_DATE,
  /** From the end of the grace period ({@code dueDate + graceDays}). */
  GRACE_END,
  /**
   * From the formal notice to pay (mise en demeure / ingebrekestelling), or the due date when
   * that is later: moratory interest at the legal rate runs from a formal notice unless the
   * statutes make it run automatically (former Civil Code art. 1153). The date of
   * the notice is a fact of the debt, given with the assessment.
   */
  FORMAL_NOTICE;

  /**
   * The start named {@code name}.
   *
   * @param name the start's name
   * @return the start
   * @throws KoproGoException {@code UNKNOWN_ACCRUAL_START} for any other name
   */
  public static AccrualStart parse(String name) {
    for (AccrualStart a : values()) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    throw KoproGoException.of(
        ErrorCode.UNKNOWN_ACCRUAL_START,
        "unknown accrual start '" + Decimals.shown(name) + "' (expected DUE_DATE, GRACE_END or FORMAL_NOTICE)",
        "field", "policy.accrualStart", "value", Decimals.shown(name));
  }
}
