/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

/** The side of a journal line. */
public enum Side {
  /** A debit: the left side of an account. */
  DEBIT,
  /** A credit: the right side of an account. */
  CREDIT
}
