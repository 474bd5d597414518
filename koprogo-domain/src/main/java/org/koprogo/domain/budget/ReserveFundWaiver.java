/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The general assembly's vote not to constitute the reserve fund (or to call less than the legal
 * minimum), as the minutes record it. The votes are the shares cast for and against; abstentions
 * are not votes cast (Civil Code art. 3.87; the
 * general-assembly rule of RULES.md: {@code for >= 4/5 (for + against)}) and are left out.
 *
 * @param resolution the resolution's id in the minutes, never null
 * @param votesFor the votes cast for, never negative
 * @param votesAgainst the votes cast against, never negative
 */
public record ReserveFundWaiver(String resolution, BigDecimal votesFor, BigDecimal votesAgainst) {
  /** The majority the waiver needs: four fifths of the votes cast. */
  public static final Fraction FOUR_FIFTHS = Fraction.of(4, 5);

  public ReserveFundWaiver {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(votesFor, "votesFor");
    Objects.requireNonNull(votesAgainst, "votesAgainst");
    if (votesFor.signum() < 0 || votesAgainst.signum() < 0) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD,
          "votes for " + votesFor.toPlainString() + " and against "
              + votesAgainst.toPlainString() + " cannot be negative",
          "field", "votes", "resolution", resolution);
    }
  }

  /** A waiver voted with {@code votesFor} for and {@code votesAgainst} against. */
  public static ReserveFundWaiver of(String resolution, long votesFor, long votesAgainst) {
    return new ReserveFundWaiver(
        resolution, BigDecimal.valueOf(votesFor), BigDecimal.valueOf(votesAgainst));
  }

  /** The exact part of the votes cast that were for; zero when no vote was cast. */
  public Fraction partFor() {
    BigDecimal cast = votesFor.add(votesAgainst);
    return cast.signum() == 0 ? Fraction.ZERO : Fraction.of(votesFor).dividedBy(Fraction.of(cast));
  }

  /** True when at least four fifths of the votes cast were for (and some were cast). */
  public boolean fourFifthsReached() {
    return votesFor.signum() > 0 && partFor().compareTo(FOUR_FIFTHS) >= 0;
  }
}
