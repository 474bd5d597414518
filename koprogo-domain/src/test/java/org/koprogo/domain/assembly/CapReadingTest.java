/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.OwnerId;

/** The two readings of the cap of Civil Code art. 3.87 §7, on the example of issue 16. */
class CapReadingTest {

  /** H holds P1 (200, FOR) and P2 (500, ABSTAIN); A (150) votes AGAINST, B (150) abstains. */
  static VoteCount holderExample(BelgianCoOwnershipRules rules) {
    AssemblyTally tally = AssemblyTally.open(rules, Session.FIRST,
        List.of(Owner.of("P1", "200"), Owner.of("P2", "500"), Owner.of("A", "150"), Owner.of("B", "150")), null,
        List.of(Attendance.proxy("P1", "H"), Attendance.proxy("P2", "H"), Attendance.present("A"),
            Attendance.present("B")));
    Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
    ballots.put(OwnerId.of("P1"), Ballot.FOR);
    ballots.put(OwnerId.of("P2"), Ballot.ABSTAIN);
    ballots.put(OwnerId.of("A"), Ballot.AGAINST);
    ballots.put(OwnerId.of("B"), Ballot.ABSTAIN);
    return tally.count(Resolution.of("r", Majority.ABSOLUTE, ballots));
  }

  @Test
  void countsTheAbstainingPrincipalsInTheHoldersVotesByDefault() {
    VoteCount count = holderExample(BelgianCoOwnershipRules.standard());

    assertThat(count.capped()).containsExactly(HolderId.of("H"));
    assertThat(count.forVotes().toPlainString(4)).isEqualTo("85.7143");
    assertThat(count.against().toPlainString(4)).isEqualTo("150");
    assertThat(count.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void capsOnlyTheVotesCastThroughThePersonUnderTheOtherReading() {
    BelgianCoOwnershipRules rules =
        BelgianCoOwnershipRules.standard().cappingOver(CapReading.VOTES_CAST_THROUGH_THE_PERSON);

    VoteCount count = holderExample(rules);

    assertThat(count.capped()).isEmpty();
    assertThat(count.forVotes().toPlainString(4)).isEqualTo("200");
    assertThat(count.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(rules.capReading()).isEqualTo(CapReading.VOTES_CAST_THROUGH_THE_PERSON);
    assertThat(BelgianCoOwnershipRules.standard().capReading()).isEqualTo(CapReading.ALL_VOTES_THROUGH_THE_PERSON);
  }
}
