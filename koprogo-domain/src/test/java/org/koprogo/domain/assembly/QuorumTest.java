/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.assembly.AssemblyFixtures.assembly;
import static org.koprogo.domain.assembly.AssemblyFixtures.fiveOwners;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.OwnerId;

class QuorumTest {

  @Test
  void reachesTheFirstSessionQuorumWithMoreThanHalfTheOwnersHoldingHalfTheShares() {
    AssemblyTally tally = fiveOwners().present("A", "B", "D").open();

    Quorum quorum = tally.quorum();

    assertThat(quorum.reached()).isTrue();
    assertThat(quorum.rule()).isEqualTo(QuorumRule.HEADS_AND_HALF_SHARES);
  }

  @Test
  void reachesTheFirstSessionQuorumWithMoreThanThreeQuartersOfTheShares() {
    AssemblyTally tally = assembly().owner("big", "800").owner("a", "50").owner("b", "50").owner("c", "50")
        .owner("d", "50").present("big").open();

    Quorum quorum = tally.quorum();

    assertThat(quorum.rule()).isEqualTo(QuorumRule.THREE_QUARTERS_SHARES);
  }

  @Test
  void missesTheQuorumWithExactlyHalfTheOwnersAndExactlyThreeQuartersOfTheShares() {
    AssemblyTally tally = assembly().owner("A", "375").owner("B", "375").owner("C", "125").owner("D", "125")
        .present("A", "B").open();

    Quorum quorum = tally.quorum();

    assertThat(quorum.reached()).isFalse();
    assertThat(quorum.rule()).isNull();
  }

  @Test
  void letsTheSecondSessionDeliberateWhateverTheAttendance() {
    AssemblyTally tally = fiveOwners().secondSession().present("A").open();

    Quorum quorum = tally.quorum();

    assertThat(quorum.rule()).isEqualTo(QuorumRule.SECOND_SESSION);
  }

  @Test
  void countsOwnersNotLotsByDefault() {
    Attendees attendees = new Attendees(2, 5, 6, 8, new BigDecimal("600"), new BigDecimal("1000"));

    Quorum byOwners = BelgianCoOwnershipRules.standard().quorum().check(Session.FIRST, attendees);
    Quorum byLots = BelgianCoOwnershipRules.countingHeadsBy(HeadCount.LOTS).quorum().check(Session.FIRST, attendees);

    assertThat(byOwners.reached()).isFalse();
    assertThat(byLots.rule()).isEqualTo(QuorumRule.HEADS_AND_HALF_SHARES);
  }

  @Test
  void countsTheLotsOfEachOwnerPresentWhenCountingLots() {
    AssemblyTally tally = assembly().rules(BelgianCoOwnershipRules.countingHeadsBy(HeadCount.LOTS))
        .owner(new Owner(OwnerId.of("investor"), new BigDecimal("500"), 4, true))
        .owner("A", "125").owner("B", "125").owner("C", "125").owner("D", "125")
        .present("investor").open();

    Quorum quorum = tally.quorum();

    assertThat(quorum.attendees().lotsPresent()).isEqualTo(4);
    assertThat(quorum.attendees().lotsTotal()).isEqualTo(8);
    assertThat(quorum.reached()).isFalse();
  }
}
