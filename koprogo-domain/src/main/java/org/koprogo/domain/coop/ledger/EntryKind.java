/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

/** What a ledger entry records. Entries are facts: none is ever changed or deleted. */
public enum EntryKind {
  /** An installment called from a member (owed from its due date). */
  DUE,
  /** A late penalty charged to a member (owed from its date). */
  PENALTY,
  /** A member declared a contribution, with proof: PENDING until a manager checks it. */
  CONTRIBUTION_DECLARED,
  /** A manager found the declared contribution on the bank account: it counts as paid. */
  CONTRIBUTION_CONFIRMED,
  /** A manager did not find it (with a reason): it never counts. */
  CONTRIBUTION_REJECTED,
  /** A confirmed contribution is cancelled by this reversing entry (a correction). */
  CONTRIBUTION_REVERSED
}
