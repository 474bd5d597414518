/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import org.koprogo.domain.shared.Fraction;

/**
 * Association charter, pricing: what part of the monthly price a member pays.
 *
 * <p>A contributor (who gives time to the project) pays half the price; a maintainer (who keeps
 * the project running) pays nothing; every other member pays the full price.
 */
public enum MembershipRate {
  /** The full monthly price. */
  STANDARD(Fraction.ONE),
  /** Half the monthly price (-50%). */
  CONTRIBUTOR(Fraction.of(1, 2)),
  /** Free. */
  MAINTAINER(Fraction.ZERO);

  private final Fraction partOfPrice;

  MembershipRate(Fraction partOfPrice) {
    this.partOfPrice = partOfPrice;
  }

  /**
   * The part of the monthly price this rate pays (1, 1/2 or 0).
   *
   * @return the part
   */
  public Fraction partOfPrice() {
    return partOfPrice;
  }
}
