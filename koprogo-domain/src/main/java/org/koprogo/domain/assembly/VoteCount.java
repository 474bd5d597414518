/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.Fraction;

/**
 * The count of one resolution: the votes for and against (the votes cast), the votes of the
 * voting owners who cast neither, the people whose votes were capped, and the outcome. The
 * figures are exact; RULES.md writes them rounded half up to 4 places.
 *
 * @param resolution the resolution
 * @param majority the majority it needed
 * @param outcome adopted, rejected, or not deliberated for lack of quorum
 * @param forVotes the (capped) votes of FOR ballots
 * @param against the (capped) votes of AGAINST ballots
 * @param abstained the (capped) votes of voting owners who abstained, voted blank or null, or cast
 *     no ballot
 * @param cappedVoters the people whose votes were capped, in order of first appearance among the
 *     owners (at most one: only someone holding more than half of the voting owners' votes can be)
 * @param totals what the majority was decided on
 */
public record VoteCount(
    ResolutionId resolution, RequiredMajority majority, Outcome outcome, Fraction forVotes,
    Fraction against, Fraction abstained, List<CappedVoter> cappedVoters, VoteTotals totals) {
  /**
   * Checks that every part is given and copies the capped voters.
   *
   * @param resolution the resolution
   * @param majority the majority it needed
   * @param outcome adopted, rejected, or not deliberated for lack of quorum
   * @param forVotes the (capped) votes of FOR ballots
   * @param against the (capped) votes of AGAINST ballots
   * @param abstained the (capped) votes of voting owners who abstained, voted blank or null, or
   *     cast no ballot
   * @param cappedVoters the people whose votes were capped, in order of first appearance among the
   *     owners (at most one: only someone holding more than half of the voting owners' votes can
   *     be)
   * @param totals what the majority was decided on
   */
  public VoteCount {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(majority, "majority");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(forVotes, "forVotes");
    Objects.requireNonNull(against, "against");
    Objects.requireNonNull(abstained, "abstained");
    cappedVoters = List.copyOf(cappedVoters);
    Objects.requireNonNull(totals, "totals");
  }

  /**
   * The ids of the people whose votes were capped, in order of first appearance among the owners.
   *
   * @return the capped people's ids
   */
  public List<HolderId> capped() {
    return cappedVoters.stream().map(CappedVoter::voter).toList();
  }

  /**
   * True when the resolution was adopted.
   *
   * @return whether it was adopted
   */
  public boolean adopted() {
    return outcome == Outcome.ADOPTED;
  }

  /**
   * The votes cast: for plus against.
   *
   * @return the votes cast
   */
  public Fraction cast() {
    return forVotes.plus(against);
  }
}
