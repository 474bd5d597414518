/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/**
 * A rule set for an assembly, as a composition of named policies: who votes and with how many
 * votes, which proxies count, how a dominant voter is capped, and when the assembly may
 * deliberate. {@link BelgianCoOwnershipRules} and {@link OneMemberOneVote} are the two the library
 * ships; a jurisdiction is added by composing its own policies, without touching these.
 */
public interface VotingRules {
  /**
   * The rule set's name ({@code BE_COPROPRIETE}, {@code ONE_MEMBER_ONE_VOTE}).
   *
   * @return the name
   */
  String name();

  /**
   * Who votes, and with how many votes.
   *
   * @return the vote weights
   */
  VoteWeights weights();

  /**
   * Which proxies count.
   *
   * @return the proxy policy
   */
  ProxyPolicy proxies();

  /**
   * How a dominant voter is capped.
   *
   * @return the vote cap
   */
  VoteCap cap();

  /**
   * When the assembly may deliberate.
   *
   * @return the quorum policy
   */
  QuorumPolicy quorum();

  /**
   * The periods and thresholds of the assembly's life (notice, second session, minutes,
   * challenge); a rule set that does not name its own gets the Belgian calendar with the minimum
   * notice of 15 days.
   *
   * @return the calendar
   */
  default AssemblyCalendar calendar() {
    return AssemblyCalendar.belgian(AssemblyCalendar.BELGIAN_MINIMUM_NOTICE_DAYS);
  }

  /**
   * True when a resolution may need {@code majority} under this rule set (every majority unless
   * the rule set says otherwise).
   *
   * @param majority a majority
   * @return whether it is admitted
   */
  default boolean admits(MajorityRule majority) {
    return true;
  }
}
