/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;

/**
 * The voting body of a building's assembly of co-owners (Civil Code art. 3.87 §6): every owner of
 * its lots, with as many votes as their shares in the common parts, the sum over their lots of
 * the lot's shares times their fraction of it (exact for the usual halves and quarters, rounded
 * half up to 10 decimals otherwise), and how many lots they hold. Pure and thread-safe.
 */
public final class VotingBody {
  /** The scale an owner's part of a lot's shares is rounded to when not exact. */
  public static final int SCALE = 10;

  private VotingBody() {}

  /**
   * One owner's holding of one lot.
   *
   * @param owner the owner
   * @param lotShares the lot's shares in the common parts
   * @param fraction the owner's fraction of the lot, in (0, 1]
   */
  public record Holding(OwnerId owner, BigDecimal lotShares, Fraction fraction) {
    /**
     * Checks that nothing is missing.
     *
     * @param owner the owner
     * @param lotShares the lot's shares in the common parts
     * @param fraction the owner's fraction of the lot, in (0, 1]
     */
    public Holding {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(lotShares, "lotShares");
      Objects.requireNonNull(fraction, "fraction");
    }

    /**
     * The owner's votes from this lot.
     *
     * @return the lot's shares times the fraction, rounded half up to {@link #SCALE} decimals,
     *     without trailing zeros
     */
    public BigDecimal votes() {
      return new BigDecimal(fraction.numerator())
          .multiply(lotShares)
          .divide(new BigDecimal(fraction.denominator()), SCALE, RoundingMode.HALF_UP)
          .stripTrailingZeros();
    }
  }

  /**
   * The owners of {@code holdings}, in the order they first appear, each with the votes of all
   * their lots and the number of lots they hold, in good standing.
   *
   * @param holdings every owner's holding of every lot
   * @return the voting body, empty when there is no holding
   */
  public static List<Owner> of(List<Holding> holdings) {
    Map<OwnerId, BigDecimal> votes = new LinkedHashMap<>();
    Map<OwnerId, Integer> lots = new LinkedHashMap<>();
    for (Holding h : holdings) {
      votes.merge(h.owner(), h.votes(), BigDecimal::add);
      lots.merge(h.owner(), 1, Integer::sum);
    }
    List<Owner> owners = new ArrayList<>();
    votes.forEach((id, v) -> owners.add(new Owner(id, v, lots.get(id), true)));
    return owners;
  }
}
