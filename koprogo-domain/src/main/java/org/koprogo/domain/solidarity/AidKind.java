/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

/** The four kinds of help of the solidarity fund (the association's charter). */
public enum AidKind {
  /** A loan at 0% (up to 5,000 EUR over 12 to 36 months). */
  ZERO_RATE_LOAN,
  /** A solidarity works credit (5,000 to 50,000 EUR at 1 to 2% over 5 to 10 years). */
  WORKS_CREDIT,
  /** A grant towards litigation costs (500 to 2,000 EUR). */
  LITIGATION_GRANT,
  /** An emergency grant (at most 3,000 EUR a year, once per 5 years). */
  EMERGENCY_GRANT
}
