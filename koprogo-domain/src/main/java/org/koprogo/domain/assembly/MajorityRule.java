/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/**
 * A majority a resolution needs, decided on the totals of its vote. {@link Majority} holds the
 * Belgian (and one member one vote) majorities over the votes cast; {@link FrenchMajority} the
 * French ones, some of which count all the co-owners' votes.
 */
public interface MajorityRule {
  /**
   * The majority's name ({@code ABSOLUTE}, {@code ARTICLE_25}).
   *
   * @return the name
   */
  String name();

  /**
   * True when the vote's totals adopt the resolution.
   *
   * @param totals the vote's totals
   * @return whether it is adopted
   */
  boolean adopts(VoteTotals totals);

  /**
   * The statute that sets this majority, as the minutes write it.
   *
   * @return the legal basis
   */
  String legalBasis();
}
