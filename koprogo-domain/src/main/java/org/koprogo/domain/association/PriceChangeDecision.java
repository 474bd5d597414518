/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * What the association's general assembly decided about the monthly price: the bridge from the
 * assembly (which counts the votes) to the association's price, without a compile dependency
 * between them. The host (or an event handler on the assembly's "resolution adopted" or
 * "resolution rejected" events) builds one and hands it to {@link MonthlyPrice#change}.
 *
 * @param resolution the resolution that carried the proposal, never null
 * @param votingBasis how its votes were counted, never null
 * @param adopted true when the resolution was adopted
 * @param newMonthlyPrice the price the resolution proposed, never negative
 * @param effectiveFrom the day the new price applies from, never null
 */
public record PriceChangeDecision(
    ResolutionReference resolution,
    VotingBasis votingBasis,
    boolean adopted,
    Money newMonthlyPrice,
    LocalDate effectiveFrom) {
  /**
   * Checks the decision.
   *
   * @param resolution the resolution that carried the proposal, never null
   * @param votingBasis how its votes were counted, never null
   * @param adopted true when the resolution was adopted
   * @param newMonthlyPrice the price the resolution proposed, never negative
   * @param effectiveFrom the day the new price applies from, never null
   * @throws org.koprogo.domain.shared.KoproGoException {@code NEGATIVE_AMOUNT} for a negative price
   */
  public PriceChangeDecision {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(votingBasis, "votingBasis");
    AssociationAccounts.requireNonNegativePrice(newMonthlyPrice);
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
  }

  /**
   * A resolution of the one-member-one-vote assembly that was adopted.
   *
   * @param resolution the resolution's reference
   * @param newMonthlyPrice the price it sets
   * @param effectiveFrom the day it applies from
   * @return the decision
   */
  public static PriceChangeDecision adopted(
      String resolution, Money newMonthlyPrice, LocalDate effectiveFrom) {
    return new PriceChangeDecision(
        ResolutionReference.of(resolution), VotingBasis.ONE_MEMBER_ONE_VOTE, true, newMonthlyPrice,
        effectiveFrom);
  }

  /**
   * A resolution of the one-member-one-vote assembly that was rejected.
   *
   * @param resolution the resolution's reference
   * @param newMonthlyPrice the price it proposed
   * @param effectiveFrom the day it would have applied from
   * @return the decision
   */
  public static PriceChangeDecision rejected(
      String resolution, Money newMonthlyPrice, LocalDate effectiveFrom) {
    return new PriceChangeDecision(
        ResolutionReference.of(resolution), VotingBasis.ONE_MEMBER_ONE_VOTE, false, newMonthlyPrice,
        effectiveFrom);
  }
}
