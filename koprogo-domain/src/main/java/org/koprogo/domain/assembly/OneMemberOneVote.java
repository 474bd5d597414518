/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/**
 * The assembly of an association or a cooperative: one vote per member in good standing, no
 * proxy limit, no cap, no quorum. Immutable.
 */
public final class OneMemberOneVote implements VotingRules {
  /** The name of this rule set in inputs and outputs. */
  public static final String NAME = "ONE_MEMBER_ONE_VOTE";

  private static final OneMemberOneVote RULES = new OneMemberOneVote();
  private static final AssemblyCalendar CALENDAR =
      AssemblyCalendar.belgian(AssemblyCalendar.BELGIAN_MINIMUM_NOTICE_DAYS);

  private OneMemberOneVote() {}

  /**
   * The rule set.
   *
   * @return the one-member-one-vote rule set
   */
  public static OneMemberOneVote rules() {
    return RULES;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public VoteWeights weights() {
    return new OneVotePerMember();
  }

  @Override
  public ProxyPolicy proxies() {
    return new UnlimitedProxies();
  }

  @Override
  public VoteCap cap() {
    return new NoVoteCap();
  }

  @Override
  public QuorumPolicy quorum() {
    return new NoQuorumRequired();
  }

  /**
   * The association's statutes set the periods; the library uses the Belgian ones (a notice of
   * 15 days, the same periods for the minutes and a challenge) unless a host composes its own rule
   * set.
   */
  @Override
  public AssemblyCalendar calendar() {
    return CALENDAR;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
