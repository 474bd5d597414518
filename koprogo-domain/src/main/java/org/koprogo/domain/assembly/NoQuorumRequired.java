/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/**
 * Association statutes (one member one vote) and loi du 10 juillet 1965 (which sets no quorum):
 * the assembly deliberates whatever the attendance, as long as someone is there. Immutable.
 */
public record NoQuorumRequired() implements QuorumPolicy {
  @Override
  public Quorum check(Session session, Attendees a) {
    return a.ownersPresent() > 0 ? Quorum.reached(QuorumRule.NO_QUORUM_REQUIRED, a) : Quorum.notReached(a);
  }
}
