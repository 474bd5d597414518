/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

/** What a journal entry records (the posting that made it). */
public enum EntryKind {
  /** A supplier's invoice: an expense of class 6 owed to the supplier. */
  EXPENSE,
  /** A supplier paid from the bank. */
  SUPPLIER_PAYMENT,
  /** A call for funds to one owner: working capital and reserve fund. */
  CALL_FOR_FUNDS,
  /** An owner's payment received on the bank account. */
  PAYMENT,
  /** A late-payment penalty charged to an owner. */
  PENALTY,
  /** Money paid back to an owner. */
  REFUND,
  /** An expense paid by the reserve fund. */
  RESERVE_USE,
  /** A bank receipt not yet known to belong to an owner. */
  UNASSIGNED_RECEIPT,
  /** A receipt held in suspense, assigned to an owner. */
  RECEIPT_ASSIGNED,
  /** Year closing: classes 6 and 7 brought to the result carried forward. */
  CLOSING
}
