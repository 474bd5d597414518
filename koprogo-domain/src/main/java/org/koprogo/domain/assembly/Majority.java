/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The majority a resolution needs. Ratio majorities are computed over the votes cast (FOR and
 * AGAINST only): abstentions, blank and null votes are not votes cast (Civil Code art. 3.87).
 * With no vote cast, nothing is adopted.
 */
public enum Majority implements MajorityRule {
  /** Civil Code art. 3.87 §8: more than half of the votes cast. */
  ABSOLUTE(1, 2, true, "Civil Code art. 3.87 §8"),
  /** Civil Code art. 3.88 §1, 1°: at least two thirds of the votes cast. */
  TWO_THIRDS(2, 3, false, "Civil Code art. 3.88 §1, 1°"),
  /** Civil Code art. 3.88 §1, 2°: at least four fifths of the votes cast. */
  FOUR_FIFTHS(4, 5, false, "Civil Code art. 3.88 §1, 2°"),
  /** Civil Code art. 3.88 §3: every co-owner of the building who is not excluded voted for. */
  UNANIMITY(1, 1, false, "Civil Code art. 3.88 §3"),
  /**
   * RULES.md general-assembly (not the Civil Code): every owner present or represented voted for,
   * at an assembly held again at least 30 days after a unanimity that failed through absences. No
   * such rule was found in Civil Code art. 3.84-3.100 (see docs/general-assembly.md): the
   * conformance family keeps it because RULES.md names it, and {@link BelgianCoOwnershipRules}
   * does not admit it.
   */
  UNANIMITY_OF_PRESENT(1, 1, false, "RULES.md general-assembly (no article of the Civil Code)");

  private final long numerator;
  private final long denominator;
  private final boolean strict;
  private final String legalBasis;

  Majority(long numerator, long denominator, boolean strict, String legalBasis) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.strict = strict;
    this.legalBasis = legalBasis;
  }

  @Override
  public String legalBasis() {
    return legalBasis;
  }

  /**
   * True when the totals adopt the resolution: a ratio of the votes cast, or a unanimity; with
   * no vote cast, nothing is adopted.
   */
  @Override
  public boolean adopts(VoteTotals totals) {
    if (this == UNANIMITY) {
      return totals.everyOwnerFor() && totals.forVotes().signum() > 0;
    }
    if (this == UNANIMITY_OF_PRESENT) {
      return totals.everyVoterFor() && totals.forVotes().signum() > 0;
    }
    return isReachedBy(totals.forVotes(), totals.against());
  }

  /**
   * True for the two unanimities, which depend on who voted, not on a ratio.
   *
   * @return whether it is a unanimity
   */
  public boolean isUnanimity() {
    return this == UNANIMITY || this == UNANIMITY_OF_PRESENT;
  }

  /**
   * True when {@code forVotes} out of the votes cast ({@code forVotes + against}) reach this
   * ratio majority; false with no vote cast.
   *
   * @param forVotes the votes for
   * @param against the votes against
   * @return whether the majority is reached
   * @throws KoproGoException {@code INVALID_FIELD} for a unanimity, which is not a ratio
   */
  public boolean isReachedBy(Fraction forVotes, Fraction against) {
    if (isUnanimity()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, this + " is not a ratio majority", "field", "majority");
    }
    Fraction cast = forVotes.plus(against);
    if (cast.signum() <= 0) {
      return false;
    }
    int c = forVotes.times(denominator).compareTo(cast.times(numerator));
    return strict ? c > 0 : c >= 0;
  }

  /**
   * The ratio as text ("1/2", "2/3", "4/5", "all").
   *
   * @return the ratio
   */
  public String ratio() {
    return isUnanimity() ? "all" : numerator + "/" + denominator;
  }
}
