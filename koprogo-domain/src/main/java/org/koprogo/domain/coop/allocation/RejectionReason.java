/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.allocation;

/** Why the managers rejected a proposed allocation. */
public enum RejectionReason {
  /** The member turned out not to be eligible (arrears found late, status changed). */
  MEMBER_NOT_ELIGIBLE,
  /** The allocation is contested (by the member or another member). */
  CONTESTED,
  /** The member declined the lot. */
  DECLINED_BY_MEMBER
}
