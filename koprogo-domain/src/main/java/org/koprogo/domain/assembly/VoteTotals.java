/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.shared.Fraction;

/**
 * Everything a {@link MajorityRule} may decide on, for one resolution.
 *
 * @param forVotes the (capped) votes of FOR ballots
 * @param against the (capped) votes of AGAINST ballots
 * @param abstained the (capped) votes of the other voting owners
 * @param allVotes the votes of every member of the voting body, present or not
 * @param ownersFor the number of owners who voted FOR (heads)
 * @param ownersTotal the number of members of the voting body
 * @param everyOwnerFor true when every member not excluded voted FOR
 * @param everyVoterFor true when every voting owner (present or represented, not excluded) voted FOR
 */
public record VoteTotals(
    Fraction forVotes, Fraction against, Fraction abstained, BigDecimal allVotes, int ownersFor,
    int ownersTotal, boolean everyOwnerFor, boolean everyVoterFor) {
  /**
   * Checks that every part is given.
   *
   * @param forVotes the (capped) votes of FOR ballots
   * @param against the (capped) votes of AGAINST ballots
   * @param abstained the (capped) votes of the other voting owners
   * @param allVotes the votes of every member of the voting body, present or not
   * @param ownersFor the number of owners who voted FOR (heads)
   * @param ownersTotal the number of members of the voting body
   * @param everyOwnerFor true when every member not excluded voted FOR
   * @param everyVoterFor true when every voting owner (present or represented, not excluded) voted
   *     FOR
   */
  public VoteTotals {
    Objects.requireNonNull(forVotes, "forVotes");
    Objects.requireNonNull(against, "against");
    Objects.requireNonNull(abstained, "abstained");
    Objects.requireNonNull(allVotes, "allVotes");
  }

  /**
   * The votes cast: FOR plus AGAINST.
   *
   * @return the votes cast
   */
  public Fraction cast() {
    return forVotes.plus(against);
  }
}
