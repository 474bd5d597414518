/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.assembly.AssemblyFixtures.assembly;
import static org.koprogo.domain.assembly.AssemblyFixtures.resolution;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Fraction;

class FrenchCoOwnershipRulesTest {

  private static AssemblyFixtures.AssemblyBuilder copropriete() {
    return assembly().rules(FrenchCoOwnershipRules.rules())
        .owner("M", "600").owner("A", "150").owner("B", "150").owner("C", "100");
  }

  @Test
  void reducesAnOwnerAboveHalfToTheOthersVotesWhateverTheAttendance() {
    AssemblyTally tally = copropriete().present("M", "A").open();

    VoteCount count = tally.count(resolution("r1", FrenchMajority.ARTICLE_24, "M", "FOR", "A", "AGAINST"));

    assertThat(count.forVotes()).isEqualTo(Fraction.of(400));
    assertThat(count.totals().allVotes()).isEqualByComparingTo("800");
    assertThat(count.capped()).isEmpty();
    assertThat(count.adopted()).isTrue();
  }

  @Test
  void deliberatesWithoutQuorum() {
    AssemblyTally tally = copropriete().present("C").open();

    Quorum quorum = tally.quorum();

    assertThat(quorum.rule()).isEqualTo(QuorumRule.NO_QUORUM_REQUIRED);
  }

  @Test
  void countsTheVotesOfAllTheCoOwnersUnderArticle25() {
    AssemblyTally tally = copropriete().present("A", "B", "C").open();

    VoteCount count = tally.count(resolution("syndic", FrenchMajority.ARTICLE_25, "A", "FOR", "B", "FOR", "C", "FOR"));

    assertThat(count.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(FrenchMajority.ARTICLE_25.opensSecondVote(count.totals())).isTrue();
    assertThat(FrenchMajority.ARTICLE_24.adopts(count.totals())).isTrue();
  }

  @Test
  void needsMoreThanHalfOfTheHeadsHoldingTwoThirdsUnderArticle26() {
    AssemblyTally tally = copropriete().everyonePresent().open();

    VoteCount headsMissing = tally.count(resolution("r1", FrenchMajority.ARTICLE_26, "M", "FOR", "A", "FOR"));
    VoteCount adopted = tally.count(resolution("r2", FrenchMajority.ARTICLE_26, "M", "FOR", "A", "FOR", "B", "FOR"));

    assertThat(headsMissing.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(adopted.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(adopted.majority().legalBasis()).contains("art. 26");
  }

  @Test
  void refusesAFourthDelegationAboveTenPercentAndAnyForTheSyndic() {
    AssemblyTally tally = assembly().rules(FrenchCoOwnershipRules.rules()).syndic("S")
        .owner("H", "50").owner("p1", "30").owner("p2", "30").owner("p3", "30").owner("p4", "30")
        .owner("q", "30").owner("Z", "800")
        .present("H", "Z").proxy("p1", "H").proxy("p2", "H").proxy("p3", "H").proxy("p4", "H").proxy("q", "S")
        .open();

    assertThat(tally.rejectedProxies()).extracting(RejectedProxy::reason)
        .containsExactly(ProxyRefusal.TOO_MANY_PROXIES, ProxyRefusal.SYNDIC_CANNOT_HOLD_PROXY);
  }
}
