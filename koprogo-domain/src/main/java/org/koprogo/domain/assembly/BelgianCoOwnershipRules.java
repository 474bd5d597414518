/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Objects;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The Belgian co-owners' assembly (Civil Code art. 3.87 and 3.88): votes by shares in the common
 * parts, at most three proxies per holder unless within 10% of all votes, none for the syndic, the
 * cap on a dominant voter, and the quorum of art. 3.87 §5 with its head count counting owners
 * (default) or lots. Immutable.
 */
public final class BelgianCoOwnershipRules implements VotingRules {
  /** The name of this rule set in inputs and outputs. */
  public static final String NAME = "BE_COPROPRIETE";

  private static final BelgianCoOwnershipRules STANDARD = new BelgianCoOwnershipRules(
      HeadCount.OWNERS, AssemblyCalendar.belgian(AssemblyCalendar.BELGIAN_MINIMUM_NOTICE_DAYS),
      CapReading.ALL_VOTES_THROUGH_THE_PERSON);

  private final BelgianQuorum quorum;
  private final AssemblyCalendar calendar;
  private final CapReading capReading;

  private BelgianCoOwnershipRules(HeadCount headCount, AssemblyCalendar calendar, CapReading capReading) {
    this.quorum = new BelgianQuorum(Objects.requireNonNull(headCount, "headCount"));
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.capReading = Objects.requireNonNull(capReading, "capReading");
  }

  /**
   * The rules with the head count counting owners and the statutory minimum notice of 15 days.
   *
   * @return the standard rules
   */
  public static BelgianCoOwnershipRules standard() {
    return STANDARD;
  }

  /**
   * The rules with the head count of the quorum counting {@code headCount}.
   *
   * @param headCount what the head count counts (owners or lots)
   * @return the rules
   */
  public static BelgianCoOwnershipRules countingHeadsBy(HeadCount headCount) {
    return headCount == HeadCount.OWNERS ? STANDARD
        : new BelgianCoOwnershipRules(headCount, STANDARD.calendar, STANDARD.capReading);
  }

  /**
   * The same rules with the notice the statutes set (Civil Code art. 3.87 §3: at least 15 days).
   *
   * @param days the statutes' notice, at least 15
   * @return the rules
   * @throws KoproGoException {@code INVALID_FIELD} for fewer than 15 days
   */
  public BelgianCoOwnershipRules withStatutoryNotice(int days) {
    return new BelgianCoOwnershipRules(
        headCount(), AssemblyCalendar.belgian(days).counting(calendar.counting()), capReading);
  }

  /**
   * The same rules with minimum periods counted as {@code counting} says (default both ends excluded).
   *
   * @param counting how minimum periods are counted
   * @return the rules
   */
  public BelgianCoOwnershipRules countingPeriods(PeriodCounting counting) {
    return new BelgianCoOwnershipRules(headCount(), calendar.counting(counting), capReading);
  }

  /**
   * The same rules with the cap of art. 3.87 §7 read as {@code reading} says (default: RULES.md's,
   * {@link CapReading#ALL_VOTES_THROUGH_THE_PERSON}).
   *
   * @param reading how the cap reads a person's votes
   * @return the rules
   */
  public BelgianCoOwnershipRules cappingOver(CapReading reading) {
    return new BelgianCoOwnershipRules(headCount(), calendar, reading);
  }

  /**
   * How the cap of art. 3.87 §7 reads a person's votes.
   *
   * @return the reading
   */
  public CapReading capReading() {
    return capReading;
  }

  /**
   * What the head count of the quorum counts.
   *
   * @return owners or lots
   */
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
    return new BelgianVoteCap(capReading);
  }

  @Override
  public QuorumPolicy quorum() {
    return quorum;
  }

  /** Civil Code art. 3.87 §2, §3, §5, art. 3.89 §5 and art. 3.92 §3: see {@link AssemblyCalendar#belgian(int)}. */
  @Override
  public AssemblyCalendar calendar() {
    return calendar;
  }

  /**
   * Every majority of the Civil Code (art. 3.87 §8 and art. 3.88), and no other: not {@link
   * Majority#UNANIMITY_OF_PRESENT} (no such rule was found in the Civil Code; see
   * docs/general-assembly.md) nor the French majorities.
   */
  @Override
  public boolean admits(MajorityRule majority) {
    return majority instanceof Majority m && m != Majority.UNANIMITY_OF_PRESENT;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BelgianCoOwnershipRules b && b.headCount() == headCount() && b.calendar.equals(calendar)
        && b.capReading == capReading;
  }

  @Override
  public int hashCode() {
    return Objects.hash(headCount(), calendar, capReading);
  }

  @Override
  public String toString() {
    return NAME + "(head count by " + headCount() + ", notice " + calendar.convocationDays() + " days counted "
        + calendar.counting() + ", cap over " + capReading + ")";
  }
}
