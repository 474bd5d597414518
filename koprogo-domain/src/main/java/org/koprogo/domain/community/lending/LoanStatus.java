/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.lending;

/** booked → handed over → returned; or cancelled before handover. */
public enum LoanStatus {
  BOOKED,
  HANDED_OVER,
  RETURNED,
  CANCELLED;

  /** True while the loan holds its period in the calendar. */
  public boolean holdsThePeriod() {
    return this == BOOKED || this == HANDED_OVER;
  }
}
