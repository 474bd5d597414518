/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

/** Where a late-payment interest rate comes from. */
public enum RateSource {
  /** A contractual rate: only the co-ownership statutes (or the association's charter) can set it. */
  STATUTES,
  /** The legal interest rate, fixed each calendar year (Belgian law of 5 May 1865, art. 2). */
  LEGAL_RATE
}
