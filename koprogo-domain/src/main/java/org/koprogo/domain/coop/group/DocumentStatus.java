/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

/** Where a member's document stands. */
public enum DocumentStatus {
  /** Submitted, waiting for a manager's decision. */
  SUBMITTED,
  /** Accepted by a manager. */
  ACCEPTED,
  /** Rejected by a manager, with a reason; the member may submit another. */
  REJECTED
}
