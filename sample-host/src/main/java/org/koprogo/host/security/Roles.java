/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import java.util.Set;

/**
 * The roles a user holds in their organisation, as written in tokens and {@code @Secured}.
 *
 * <p>Every role reads its organisation's records; writing needs one of the roles named on the
 * endpoint. {@link #AUDITOR} only reads.
 */
public final class Roles {
  /** Manages the organisation: every read and write. */
  public static final String ORG_ADMIN = "ORG_ADMIN";
  /** The syndic (Civil Code art. 3.89): buildings, expenses, assemblies, ledger. */
  public static final String SYNDIC = "SYNDIC";
  /** A member of the co-ownership council (art. 3.90): reads, follows the syndic's work. */
  public static final String COUNCIL_MEMBER = "COUNCIL_MEMBER";
  /** A co-owner: reads, votes. */
  public static final String OWNER = "OWNER";
  /** Runs a housing cooperative: members, plans, ledger, project, lots, allocations. */
  public static final String COOP_MANAGER = "COOP_MANAGER";
  /** A cooperative member: reads. */
  public static final String COOP_MEMBER = "COOP_MEMBER";
  /** Reads everything of the organisation, changes nothing. */
  public static final String AUDITOR = "AUDITOR";

  /** Reads the host's metrics ({@code /prometheus}), nothing of any organisation's records. */
  public static final String MONITOR = "MONITOR";

  /** Every role. */
  public static final Set<String> ALL = Set.of(
      ORG_ADMIN, SYNDIC, COUNCIL_MEMBER, OWNER, COOP_MANAGER, COOP_MEMBER, AUDITOR, MONITOR);

  private Roles() {}
}
