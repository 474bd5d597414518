/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

/** What a person may do in a cooperative. */
public enum Role {
  /** Administers the organisation: every action, including on the group's workflow. */
  ORG_ADMIN,
  /** Runs the cooperative: confirms contributions, validates allocations, moves milestones. */
  COOP_MANAGER,
  /** A household: declares its own contributions and documents, states its preferences. */
  COOP_MEMBER,
  /** Reads everything, changes nothing. */
  AUDITOR;

  /**
   * True for the roles that run the cooperative (ORG_ADMIN, COOP_MANAGER).
   *
   * @return whether the role manages
   */
  public boolean manages() {
    return this == ORG_ADMIN || this == COOP_MANAGER;
  }
}
