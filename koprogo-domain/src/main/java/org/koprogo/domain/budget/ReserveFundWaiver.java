/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import java.util.Objects;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.Outcome;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Civil Code art. 3.86 §3: the general assembly's decision, by four fifths of the votes, not to
 * constitute the reserve fund (or to call less than the legal minimum). Built only from the
 * adopted count of that resolution ({@link #from}), never from raw figures: the count carries the
 * quorum (an item is ADOPTED only when it was reached), the proxies refused and the cap applied
 * (art. 3.87 §7); abstentions are not votes cast.
 *
 * @param resolution the resolution's id in the minutes, never null
 * @param count its count: ADOPTED, at four fifths (the decision type {@link
 *     DecisionType#NOT_CONSTITUTING_RESERVE_FUND}, or four fifths or unanimity stated), never null
 */
public record ReserveFundWaiver(String resolution, VoteCount count) {
  /** The majority the waiver needs: four fifths of the votes cast. */
  public static final Fraction FOUR_FIFTHS = Fraction.of(4, 5);

  /**
   * Checks that the count adopted the waiver at four fifths.
   *
   * @param resolution the resolution's id in the minutes, never null
   * @param count its count: ADOPTED, at four fifths (the decision type {@link
   *     DecisionType#NOT_CONSTITUTING_RESERVE_FUND}, or four fifths or unanimity stated), never
   *     null
   * @throws KoproGoException {@code INVALID_FIELD} when the count was not adopted or not at four
   *     fifths
   */
  public ReserveFundWaiver {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(count, "count");
    if (count.outcome() != Outcome.ADOPTED || !count.majority().majority().adopts(count.totals())
        || !count.forVotes().equals(count.totals().forVotes()) || !count.against().equals(count.totals().against())) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "resolution " + resolution + " was not adopted (" + count.outcome()
              + "): a reserve fund waiver is an adopted vote",
          "field", "reserveWaiver", "value", resolution);
    }
    DecisionType type = count.majority().decisionType();
    boolean fourFifths = type == DecisionType.NOT_CONSTITUTING_RESERVE_FUND
        || (type == null && (count.majority().majority() == Majority.FOUR_FIFTHS
            || count.majority().majority() == Majority.UNANIMITY));
    if (!fourFifths) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "resolution " + resolution + " was voted at " + count.majority().majority()
              + ", not at the four fifths of Civil Code art. 3.86 §3",
          "field", "reserveWaiver", "value", resolution);
    }
  }

  /**
   * The waiver an adopted count decided.
   *
   * @param count the count of the assembly's vote
   * @return the waiver
   * @throws KoproGoException {@code INVALID_FIELD} when the count was not adopted (rejected, or
   *     no quorum) or not at four fifths
   */
  public static ReserveFundWaiver from(VoteCount count) {
    Objects.requireNonNull(count, "count");
    return new ReserveFundWaiver(count.resolution().value(), count);
  }

  /**
   * The (capped) votes cast for.
   *
   * @return the votes for
   */
  public Fraction votesFor() {
    return count.forVotes();
  }

  /**
   * The (capped) votes cast against.
   *
   * @return the votes against
   */
  public Fraction votesAgainst() {
    return count.against();
  }

  /**
   * The exact part of the votes cast that were for; zero when no vote was cast.
   *
   * @return the part for
   */
  public Fraction partFor() {
    Fraction cast = count.cast();
    return cast.signum() == 0 ? Fraction.ZERO : count.forVotes().dividedBy(cast);
  }

  /**
   * True when at least four fifths of the votes cast were for (and some were cast).
   *
   * @return whether four fifths were reached
   */
  public boolean fourFifthsReached() {
    return count.forVotes().signum() > 0 && partFor().compareTo(FOUR_FIFTHS) >= 0;
  }
}
