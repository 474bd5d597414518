/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

/** Why a member takes no part in an allocation round. */
public enum Ineligibility {
  /** The member's status is not ACTIVE (checked first). */
  NOT_ACTIVE,
  /** The member owes more than the tolerance at the cut-off. */
  IN_ARREARS
}
