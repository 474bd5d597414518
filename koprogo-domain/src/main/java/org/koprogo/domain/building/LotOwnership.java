/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Who owns a lot: either full owners whose fractions add up to exactly 1 (one owner, or several
 * in indivision), or bare owners and usufructuaries, each group adding up to exactly 1.
 *
 * @param lot the lot
 * @param holdings the holdings, in order (the order breaks ties when a part is split)
 */
public record LotOwnership(LotId lot, List<Holding> holdings) {
  /**
   * Checks that the holdings make one whole ownership.
   *
   * @param lot the lot
   * @param holdings the holdings, in order (the order breaks ties when a part is split)
   * @throws KoproGoException {@code DUPLICATE_OWNER} for an owner holding twice with the same
   *     right, {@code OWNERSHIP_FRACTIONS_NOT_ONE} when full ownership and dismemberment are mixed
   *     or when the fractions of a right do not add up to exactly 1
   */
  public LotOwnership {
    Objects.requireNonNull(lot, "lot");
    holdings = List.copyOf(holdings);
    Set<String> seen = new HashSet<>();
    Fraction full = Fraction.ZERO;
    Fraction bare = Fraction.ZERO;
    Fraction usufruct = Fraction.ZERO;
    for (Holding h : holdings) {
      if (!seen.add(h.owner().value() + "/" + h.right())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_OWNER,
            "owner " + h.owner() + " holds the same right on lot " + lot + " twice",
            "lot", lot.value(), "value", h.owner().value());
      }
      switch (h.right()) {
        case FULL -> full = full.plus(h.fraction());
        case BARE -> bare = bare.plus(h.fraction());
        case USUFRUCT -> usufruct = usufruct.plus(h.fraction());
      }
    }
    boolean dismembered = !bare.isZero() || !usufruct.isZero();
    if (dismembered) {
      if (!full.isZero()) {
        throw notOne(lot, "a lot is either in full ownership or dismembered, not both", full);
      }
      if (!bare.equals(Fraction.ONE)) {
        throw notOne(lot, "the bare owners' fractions add up to " + bare, bare);
      }
      if (!usufruct.equals(Fraction.ONE)) {
        throw notOne(lot, "the usufructuaries' fractions add up to " + usufruct, usufruct);
      }
    } else if (!full.equals(Fraction.ONE)) {
      throw notOne(lot, "the co-owners' fractions add up to " + full, full);
    }
  }

  private static KoproGoException notOne(LotId lot, String why, Fraction sum) {
    return KoproGoException.of(
        ErrorCode.OWNERSHIP_FRACTIONS_NOT_ONE,
        "lot " + lot + ": " + why + ", not exactly 1",
        "lot", lot.value(), "value", sum.toString());
  }

  /**
   * A lot held by one owner.
   *
   * @param lot the lot
   * @param owner its sole owner, in full ownership
   * @return the ownership
   */
  public static LotOwnership sole(LotId lot, OwnerId owner) {
    return new LotOwnership(lot, List.of(Holding.sole(owner)));
  }

  /**
   * True when the lot is split between bare owners and usufructuaries.
   *
   * @return whether there is bare ownership and usufruct
   */
  public boolean isDismembered() {
    for (Holding h : holdings) {
      if (h.right() != OwnershipRight.FULL) {
        return true;
      }
    }
    return false;
  }

  /**
   * The holdings that bear a charge of {@code nature}: the full owners; for a dismembered lot,
   * the usufructuaries for ordinary charges and the bare owners for extraordinary ones.
   *
   * @param nature ordinary or extraordinary
   * @return the holdings that bear it
   */
  public List<Holding> bearersOf(ChargeNature nature) {
    if (!isDismembered()) {
      return holdings;
    }
    OwnershipRight right =
        nature == ChargeNature.ORDINARY ? OwnershipRight.USUFRUCT : OwnershipRight.BARE;
    List<Holding> result = new ArrayList<>();
    for (Holding h : holdings) {
      if (h.right() == right) {
        result.add(h);
      }
    }
    return result;
  }
}
