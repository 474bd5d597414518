/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.assembly.AssemblyFixtures.assembly;
import static org.koprogo.domain.assembly.AssemblyFixtures.resolution;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

class OneMemberOneVoteTest {

  private static AssemblyFixtures.AssemblyBuilder association() {
    return assembly().rules(OneMemberOneVote.rules())
        .owner(Owner.member("m1")).owner(Owner.member("m2")).owner(Owner.member("m3"))
        .owner(Owner.memberInArrears("late"));
  }

  @Test
  void givesEachMemberOneVoteWithoutCap() {
    AssemblyTally tally = association().present("m1").proxy("m2", "m1").proxy("m3", "m1").open();

    VoteCount count = tally.count(resolution("price", Majority.ABSOLUTE, "m1", "FOR", "m2", "FOR", "m3", "ABSTAIN"));

    assertThat(count.forVotes()).isEqualTo(Fraction.of(2));
    assertThat(count.abstained()).isEqualTo(Fraction.ONE);
    assertThat(count.capped()).isEmpty();
    assertThat(count.adopted()).isTrue();
  }

  @Test
  void leavesAMemberInArrearsOutOfTheVotingBody() {
    AssemblyTally tally = association().present("m1", "late").open();

    Quorum quorum = tally.quorum();

    assertThat(quorum.rule()).isEqualTo(QuorumRule.NO_QUORUM_REQUIRED);
    assertThat(quorum.attendees().ownersTotal()).isEqualTo(3);
    assertThat(quorum.attendees().ownersPresent()).isEqualTo(1);
  }

  @Test
  void refusesABallotFromAMemberInArrears() {
    AssemblyTally tally = association().present("m1", "late").open();

    Resolution r = resolution("price", Majority.ABSOLUTE, "late", "FOR");

    assertThatThrownBy(() -> tally.count(r))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.BALLOT_FROM_INELIGIBLE_MEMBER));
  }

  @Test
  void keepsEveryProxyOfAHolder() {
    AssemblyTally tally = association().syndic("m1").present("m1").proxy("m2", "m1").proxy("m3", "m1").open();

    assertThat(tally.rejectedProxies()).isEmpty();
  }
}
