/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/** The rule under which an assembly reached its quorum. */
public enum QuorumRule {
  /** Civil Code art. 3.87 §5: more than half of the owners, holding at least half of the shares. */
  HEADS_AND_HALF_SHARES,
  /** Civil Code art. 3.87 §5: more than three quarters of the shares, whatever the head count. */
  THREE_QUARTERS_SHARES,
  /** Civil Code art. 3.87 §5: the second session deliberates whatever the attendance. */
  SECOND_SESSION,
  /** One member one vote: the assembly deliberates whatever the attendance. */
  NO_QUORUM_REQUIRED
}
