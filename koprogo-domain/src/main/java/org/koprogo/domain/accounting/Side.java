/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

/** The side of a journal line. */
public enum Side {
  DEBIT,
  CREDIT
}
