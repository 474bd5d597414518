/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Objects;

/**
 * The Belgian co-owners' assembly (Civil Code art. 3.87 and 3.88): votes by shares in the common
 * parts, at most three proxies per holder unless within 10% of all votes, none for the syndic, the
 * cap on a dominant voter, and the quorum of art. 3.87 §5 with its head count counting owners
 * (default) or lots. Immutable.
 */
public final class BelgianCoOwnershipRules implements VotingRules {
  /** The name of this rule set in inputs and outputs. */
  public static final String NAME = "BE_COPROPRIETE";

  private static final BelgianCoOwnershipRules STANDARD = new BelgianCoOwnershipRules(HeadCount.OWNERS);

  private final BelgianQuorum quorum;

  private BelgianCoOwnershipRules(HeadCount headCount) {
    this.quorum = new BelgianQuorum(Objects.requireNonNull(headCount, "headCount"));
  }

  /** The rules with the head count counting owners. */
  public static BelgianCoOwnershipRules standard() {
    return STANDARD;
  }

  /** The rules with the head count of the quorum counting {@code headCount}. */
  public static BelgianCoOwnershipRules countingHeadsBy(HeadCount headCount) {
    return headCount == HeadCount.OWNERS ? STANDARD : new BelgianCoOwnershipRules(headCount);
  }

  /** What the head count of the quorum counts. */
  public HeadCount headCount() {
    return quorum.headCount();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public VoteWeights weights() {
    return new SharesInCommonParts();
  }

  @Override
  public ProxyPolicy proxies() {
    return new BelgianProxyLimits();
  }

  @Override
  public VoteCap cap() {
    return new BelgianVoteCap();
  }

  @Override
  public QuorumPolicy quorum() {
    return quorum;
  }

  @Override
  public String toString() {
    return NAME + "(head count by " + headCount() + ")";
  }
}
