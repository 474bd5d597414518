/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import org.koprogo.domain.shared.Fraction;

/**
 * The majorities of the French co-owners' assembly (loi du 10 juillet 1965). Article 24 counts
 * the votes cast; articles 25 and 26 count the votes of all the co-owners, present or not.
 * Unanimity is {@link Majority#UNANIMITY}.
 */
public enum FrenchMajority implements MajorityRule {
  /** Loi du 10 juillet 1965 art. 24: more votes for than against among the votes cast. */
  ARTICLE_24("Loi du 10 juillet 1965, art. 24"),
  /** Loi du 10 juillet 1965 art. 25: more than half of the votes of all the co-owners. */
  ARTICLE_25("Loi du 10 juillet 1965, art. 25"),
  /**
   * Loi du 10 juillet 1965 art. 26: more than half of the co-owners (heads), holding at least two
   * thirds of the votes of all the co-owners.
   */
  ARTICLE_26("Loi du 10 juillet 1965, art. 26");

  private final String legalBasis;

  FrenchMajority(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  @Override
  public String legalBasis() {
    return legalBasis;
  }

  @Override
  public boolean adopts(VoteTotals t) {
    Fraction all = Fraction.of(t.allVotes());
    return switch (this) {
      case ARTICLE_24 -> t.forVotes().compareTo(t.against()) > 0;
      case ARTICLE_25 -> t.forVotes().times(2).compareTo(all) > 0;
      case ARTICLE_26 -> 2L * t.ownersFor() > t.ownersTotal() && t.forVotes().times(3).compareTo(all.times(2)) >= 0;
    };
  }

  /**
   * Loi du 10 juillet 1965 art. 25-1: an article 25 resolution that failed but gathered at least a
   * third of the votes of all the co-owners is voted again at once, under article 24.
   *
   * @param t the totals of the failed vote
   * @return whether the second vote is opened
   */
  public boolean opensSecondVote(VoteTotals t) {
    return this == ARTICLE_25 && !adopts(t)
        && t.forVotes().times(3).compareTo(Fraction.of(t.allVotes())) >= 0;
  }

  /**
   * True when a failed vote opens the immediate second vote: art. 25-1 for article 25 (at least a
   * third of all votes for); for article 26, its last paragraph (since ordonnance n° 2019-1101):
   * the approval of at least half of the members present or represented ({@code
   * membersPresent}), holding at least a third of all votes.
   *
   * @param t the totals of the failed vote
   * @param membersPresent the co-owners present or represented
   * @return whether the second vote is opened
   */
  public boolean opensSecondVote(VoteTotals t, int membersPresent) {
    return switch (this) {
      case ARTICLE_24 -> false;
      case ARTICLE_25 -> opensSecondVote(t);
      case ARTICLE_26 -> !adopts(t) && 2L * t.ownersFor() >= membersPresent && membersPresent > 0
          && t.forVotes().times(3).compareTo(Fraction.of(t.allVotes())) >= 0;
    };
  }

  /**
   * The majority of the immediate second vote: article 24 after 25, article 25 after 26; null after 24.
   *
   * @return the majority, or null
   */
  public FrenchMajority secondVoteMajority() {
    return switch (this) {
      case ARTICLE_24 -> null;
      case ARTICLE_25 -> ARTICLE_24;
      case ARTICLE_26 -> ARTICLE_25;
    };
  }
}
