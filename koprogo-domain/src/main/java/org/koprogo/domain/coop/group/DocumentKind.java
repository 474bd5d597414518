/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

/** The documents of the light, document-based identity check (KYC) of a new member. */
public enum DocumentKind {
  /** An identity card or passport. */
  IDENTITY_DOCUMENT,
  /** A proof of the household's address. */
  PROOF_OF_ADDRESS,
  /** The cooperative's charter, signed. */
  SIGNED_CHARTER,
  /** The bank account contributions will come from. */
  BANK_DETAILS
}
