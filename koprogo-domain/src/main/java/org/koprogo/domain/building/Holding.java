/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One co-owner's holding of a lot: their right and their fraction of it (1 for a sole owner,
 * {@code 1/2} for one of two heirs in indivision).
 *
 * @param owner the co-owner
 * @param right the right held
 * @param fraction the fraction held, in (0, 1]
 */
public record Holding(OwnerId owner, OwnershipRight right, Fraction fraction) {
  /**
   * Checks the holding.
   *
   * @param owner the co-owner
   * @param right the right held
   * @param fraction the fraction held, in (0, 1]
   * @throws KoproGoException {@code INVALID_FRACTION} when the fraction is not in (0, 1]
   */
  public Holding {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(fraction, "fraction");
    if (fraction.signum() <= 0 || fraction.compareTo(Fraction.ONE) > 0) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FRACTION,
          "owner " + owner + " holds " + fraction + " of a lot; a fraction is in (0, 1]",
          "owner", owner.value(), "value", fraction.toString());
    }
  }

  /**
   * Full ownership of the whole lot.
   *
   * @param owner the owner
   * @return the owner's sole full ownership
   */
  public static Holding sole(OwnerId owner) {
    return new Holding(owner, OwnershipRight.FULL, Fraction.ONE);
  }

  /**
   * Full ownership of a fraction of the lot (indivision).
   *
   * @param owner the co-owner in indivision
   * @param fraction their part of the lot, in (0, 1]
   * @return the holding
   * @throws KoproGoException {@code INVALID_FRACTION} when the fraction is not in (0, 1]
   */
  public static Holding undivided(OwnerId owner, Fraction fraction) {
    return new Holding(owner, OwnershipRight.FULL, fraction);
  }
}
