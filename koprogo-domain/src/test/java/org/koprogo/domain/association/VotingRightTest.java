/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.association.AssociationFixtures.eur;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.AssemblyTally;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Resolution;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class VotingRightTest {
  private static final MembershipPricing PRICING = MembershipPricing.at(eur("5.00"));

  @Test
  void aMemberWhoPaidTheQuarterVotes() {
    VotingRight right = VotingRight.of(PRICING, Membership.standard("m1"), 3, eur("15.00"));

    assertThat(right.feeForPeriod()).isEqualTo(eur("15.00"));
    assertThat(right.votes()).isTrue();
    assertThat(right.asVoter().inGoodStanding()).isTrue();
  }

  @Test
  void aMemberWhoStoppedPayingLosesTheVote() {
    VotingRight right = VotingRight.of(PRICING, Membership.contributor("m2"), 3, eur("5.00"));

    assertThat(right.feeForPeriod()).isEqualTo(eur("7.50"));
    assertThat(right.votes()).isFalse();
    assertThat(right.asVoter().inGoodStanding()).isFalse();
  }

  @Test
  void aMaintainerWhoseFeeTheCharterWaivesStillVotes() {
    VotingRight right = VotingRight.of(PRICING, Membership.maintainer("m3"), 3, eur("0.00"));

    assertThat(right.feeWaived()).isTrue();
    assertThat(right.votes()).isTrue();
  }

  @Test
  void aNonPayerCannotVoteAtTheAssembly() {
    List<VotingRight> rights = List.of(
        VotingRight.of(PRICING, Membership.standard("m1"), 3, eur("15.00")),
        VotingRight.of(PRICING, Membership.standard("m2"), 3, eur("0.00")),
        VotingRight.of(PRICING, Membership.maintainer("m3"), 3, eur("0.00")));
    AssemblyTally tally = AssemblyTally.open(OneMemberOneVote.rules(), Session.FIRST,
        rights.stream().map(VotingRight::asVoter).toList(), null,
        List.of(Attendance.present("m1"), Attendance.present("m2"), Attendance.present("m3")));

    VoteCount count = tally.count(Resolution.of("r1", Majority.ABSOLUTE,
        Map.of(OwnerId.of("m1"), Ballot.FOR, OwnerId.of("m3"), Ballot.AGAINST)));

    assertThat(tally.mayVote(OwnerId.of("m2"))).isFalse();
    assertThat(count.totals().ownersTotal()).isEqualTo(2);
    assertThatThrownBy(() -> tally.count(Resolution.of("r2", Majority.ABSOLUTE,
        Map.of(OwnerId.of("m2"), Ballot.FOR))))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.BALLOT_FROM_INELIGIBLE_MEMBER));
  }

  @Test
  void refusesANegativePayment() {
    assertThatThrownBy(() -> VotingRight.of(PRICING, Membership.standard("m1"), 3, eur("-1.00")))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NEGATIVE_AMOUNT));
  }
}
