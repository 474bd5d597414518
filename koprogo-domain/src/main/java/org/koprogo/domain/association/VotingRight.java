/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.util.Objects;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Association charter, membership: a member's vote at the assembly comes from the membership fee
 * of the period, paid in full; a maintainer, whose fee the charter waives, votes without paying;
 * a member who stopped paying (less than the fee paid for the period) loses the vote until they
 * pay. The period is the one the assembly's statutes name (usually the current quarter).
 *
 * @param membership the member and their rate, never null
 * @param feeForPeriod the member's fee for the period ({@link MembershipPricing#monthlyFee} times
 *     the months), never negative; zero for a maintainer
 * @param paidForPeriod what the member paid towards that fee, never negative
 */
public record VotingRight(Membership membership, Money feeForPeriod, Money paidForPeriod) {
  /**
   * Checks the right.
   *
   * @param membership the member and their rate, never null
   * @param feeForPeriod the member's fee for the period ({@link MembershipPricing#monthlyFee} times
   *     the months), never negative; zero for a maintainer
   * @param paidForPeriod what the member paid towards that fee, never negative
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative fee or payment
   */
  public VotingRight {
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(feeForPeriod, "feeForPeriod");
    Objects.requireNonNull(paidForPeriod, "paidForPeriod");
    if (feeForPeriod.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, "the fee " + feeForPeriod.toPlainString() + " is negative",
          "field", "feeForPeriod", "value", feeForPeriod.toPlainString());
    }
    if (paidForPeriod.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, "the amount paid " + paidForPeriod.toPlainString() + " is negative",
          "field", "paidForPeriod", "value", paidForPeriod.toPlainString());
    }
    paidForPeriod.compareTo(feeForPeriod); // CURRENCY_MISMATCH when the two differ
  }

  /**
   * The voting right of {@code membership} over {@code months} months at {@code pricing}, having
   * paid {@code paid} for them.
   *
   * @param pricing the pricing
   * @param membership the membership
   * @param months the period's months, at least one
   * @param paid what was paid for the period
   * @return the voting right
   * @throws KoproGoException {@code INVALID_TERM} for fewer than one month
   */
  public static VotingRight of(MembershipPricing pricing, Membership membership, int months, Money paid) {
    if (months < 1) {
      throw KoproGoException.of(
          ErrorCode.INVALID_TERM, "a membership period of " + months + " months is not at least one",
          "field", "months", "value", months);
    }
    Money fee = pricing.monthlyFee(membership);
    return new VotingRight(membership, fee.times(months), paid);
  }

  /**
   * True when the charter waives this member's fee (a maintainer).
   *
   * @return whether the fee is waived
   */
  public boolean feeWaived() {
    return membership.rate() == MembershipRate.MAINTAINER;
  }

  /**
   * True when the member votes: fee waived, or the fee for the period paid in full.
   *
   * @return whether the member votes
   */
  public boolean votes() {
    return feeWaived() || paidForPeriod.compareTo(feeForPeriod) >= 0;
  }

  /**
   * The member as one member of the assembly's voting body ({@link
   * org.koprogo.domain.assembly.OneMemberOneVote}): in good standing exactly when they vote.
   *
   * @return the member as a voter
   */
  public Owner asVoter() {
    String id = membership.member().value();
    return votes() ? Owner.member(id) : Owner.memberInArrears(id);
  }
}
