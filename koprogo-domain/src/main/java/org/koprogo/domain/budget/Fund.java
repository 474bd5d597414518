/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

/**
 * Civil Code art. 3.86 §3: the two funds of a co-ownership, kept apart in budgets, calls and
 * accounts.
 */
public enum Fund {
  /**
   * Working capital (fonds de roulement, werkkapitaal): the sums advanced to pay the ordinary,
   * periodic expenses (heating, cleaning, insurance, the syndic's fees).
   */
  WORKING_CAPITAL,
  /**
   * Reserve fund (fonds de réserve, reservefonds): the sums set aside for non-periodic expenses
   * (roof, facade, lifts).
   */
  RESERVE
}
