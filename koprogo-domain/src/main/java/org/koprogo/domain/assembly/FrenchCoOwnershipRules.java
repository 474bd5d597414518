/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/**
 * The French co-owners' assembly (loi du 10 juillet 1965): votes by shares reduced above half of
 * all votes (art. 22), at most three delegations unless within 10% and none for the syndic (art.
 * 22 I), no quorum, no cap beyond the reduction; its majorities are {@link FrenchMajority} and
 * {@link Majority#UNANIMITY}. A profile beside the Belgian one, composed of its own policies.
 * Immutable.
 */
public final class FrenchCoOwnershipRules implements VotingRules {
  /** The name of this rule set. */
  public static final String NAME = "FR_COPROPRIETE";

  private static final FrenchCoOwnershipRules RULES = new FrenchCoOwnershipRules();
  private static final AssemblyCalendar CALENDAR = AssemblyCalendar.french();

  private FrenchCoOwnershipRules() {}

  /**
   * The rule set.
   *
   * @return the French rule set
   */
  public static FrenchCoOwnershipRules rules() {
    return RULES;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public VoteWeights weights() {
    return new ReducedAboveHalf();
  }

  @Override
  public ProxyPolicy proxies() {
    return new FrenchProxyLimits();
  }

  @Override
  public VoteCap cap() {
    return new NoVoteCap();
  }

  @Override
  public QuorumPolicy quorum() {
    return new NoQuorumRequired();
  }

  /** Loi du 10 juillet 1965 and décret du 17 mars 1967: see {@link AssemblyCalendar#french()}. */
  @Override
  public AssemblyCalendar calendar() {
    return CALENDAR;
  }

  /** Articles 24, 25 and 26 and unanimity; none of the Belgian majorities. */
  @Override
  public boolean admits(MajorityRule majority) {
    return majority instanceof FrenchMajority || majority == Majority.UNANIMITY;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
