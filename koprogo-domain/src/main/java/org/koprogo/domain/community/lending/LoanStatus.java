/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.lending;

/** booked → handed over → returned; or cancelled before handover. */
public enum LoanStatus {
  /** Booked: the period is held. */
  BOOKED,
  /** The object is with the borrower. */
  HANDED_OVER,
  /** The object is back with its owner. */
  RETURNED,
  /** Cancelled before handover: the period is free again. */
  CANCELLED;

  /**
   * True while the loan holds its period in the calendar.
   *
   * @return whether the period is held
   */
  public boolean holdsThePeriod() {
    return this == BOOKED || this == HANDED_OVER;
  }
}
