/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/** The outcome of one resolution. */
public enum Outcome {
  /** Adopted: the majority was reached. */
  ADOPTED,
  /** Rejected: the majority was not reached. */
  REJECTED,
  /** The assembly could not deliberate: the quorum was not reached. */
  NO_QUORUM
}
