/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.assembly.AssemblyFixtures.assembly;
import static org.koprogo.domain.assembly.AssemblyFixtures.ballots;
import static org.koprogo.domain.assembly.AssemblyFixtures.fiveOwners;
import static org.koprogo.domain.assembly.AssemblyFixtures.owner;
import static org.koprogo.domain.assembly.AssemblyFixtures.resolution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

class AssemblyTallyTest {

  @Test
  void capsADominantOwnerToTheVotesOfTheOthers() {
    AssemblyTally tally = assembly().owner("M", "600").owner("A", "150").owner("B", "150").owner("C", "100")
        .present("M", "A", "B").open();

    VoteCount count = tally.count(resolution("r1", Majority.ABSOLUTE, "M", "FOR", "A", "AGAINST", "B", "AGAINST"));

    assertThat(count.forVotes()).isEqualTo(Fraction.of(300));
    assertThat(count.against()).isEqualTo(Fraction.of(300));
    assertThat(count.capped()).containsExactly(HolderId.of("M"));
    assertThat(count.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void scalesEachPrincipalOfACappedHolderByTheOthersOverTheirVotes() {
    AssemblyTally tally = assembly().owner("A", "100").owner("B", "100").owner("C", "100")
        .owner("X", "400").owner("Y", "300")
        .present("A", "B", "C").proxy("X", "lawyer").proxy("Y", "lawyer").open();

    VoteCount count = tally.count(resolution("roof", Majority.ABSOLUTE,
        "A", "AGAINST", "B", "AGAINST", "C", "FOR", "X", "FOR", "Y", "ABSTAIN"));

    assertThat(count.forVotes()).isEqualTo(Fraction.of(1900, 7));
    assertThat(count.abstained()).isEqualTo(Fraction.of(900, 7));
    assertThat(count.cappedVoters()).singleElement().satisfies(c -> {
      assertThat(c.voter()).isEqualTo(HolderId.of("lawyer"));
      assertThat(c.factor()).isEqualTo(Fraction.of(3, 7));
      assertThat(c.effectiveVotes()).isEqualTo(Fraction.of(300));
    });
    assertThat(count.adopted()).isTrue();
  }

  @Test
  void capsNobodyWhenNobodyElseVotes() {
    AssemblyTally tally = assembly().secondSession().owner("A", "600").owner("B", "400").present("A").open();

    VoteCount count = tally.count(resolution("r1", Majority.ABSOLUTE, "A", "FOR"));

    assertThat(count.capped()).isEmpty();
    assertThat(count.forVotes()).isEqualTo(Fraction.of(600));
    assertThat(count.adopted()).isTrue();
  }

  @Test
  void capsNobodyWhoseVotesEqualTheOthers() {
    AssemblyTally tally = assembly().owner("M", "500").owner("A", "250").owner("B", "250").everyonePresent().open();

    VoteCount count = tally.count(resolution("r1", Majority.ABSOLUTE, "M", "FOR", "A", "AGAINST", "B", "AGAINST"));

    assertThat(count.capped()).isEmpty();
    assertThat(count.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void refusesTheFourthProxyWhenTheHolderExceedsTenPercentOfAllVotes() {
    AssemblyTally tally = assembly().owner("H", "50").owner("p1", "30").owner("p2", "30").owner("p3", "30")
        .owner("p4", "30").owner("Z", "830")
        .present("H", "Z").proxy("p1", "H").proxy("p2", "H").proxy("p3", "H").proxy("p4", "H").open();

    List<RejectedProxy> rejected = tally.rejectedProxies();

    assertThat(rejected).containsExactly(
        new RejectedProxy(owner("p4"), HolderId.of("H"), ProxyRefusal.TOO_MANY_PROXIES));
    assertThat(tally.isPresentOrRepresented(owner("p4"))).isFalse();
    assertThat(tally.isPresentOrRepresented(owner("p3"))).isTrue();
  }

  @Test
  void keepsMoreThanThreeProxiesWithinTenPercentOfAllVotes() {
    AssemblyTally tally = assembly().owner("p1", "25").owner("p2", "25").owner("p3", "25").owner("p4", "25")
        .owner("Z", "900")
        .present("Z").proxy("p1", "agent").proxy("p2", "agent").proxy("p3", "agent").proxy("p4", "agent").open();

    List<RejectedProxy> rejected = tally.rejectedProxies();

    assertThat(rejected).isEmpty();
    assertThat(tally.voterOf(owner("p4"))).isEqualTo(HolderId.of("agent"));
  }

  @Test
  void refusesEveryProxyHeldByTheSyndic() {
    AssemblyTally tally = fiveOwners().syndic("S").present("D", "E").proxy("A", "S").proxy("B", "S").open();

    List<RejectedProxy> rejected = tally.rejectedProxies();

    assertThat(rejected).extracting(RejectedProxy::reason)
        .containsExactly(ProxyRefusal.SYNDIC_CANNOT_HOLD_PROXY, ProxyRefusal.SYNDIC_CANNOT_HOLD_PROXY);
    assertThat(tally.quorum().attendees().ownersPresent()).isEqualTo(2);
  }

  @Test
  void refusesAProxyHolderWhoIsAnOwnerButNotPresent() {
    AssemblyFixtures.AssemblyBuilder builder = fiveOwners().present("A").proxy("B", "C");

    assertThatThrownBy(builder::open)
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.HOLDER_NOT_PRESENT));
  }

  @Test
  void refusesABallotFromAnOwnerWhoseProxyWasRefused() {
    AssemblyTally tally = fiveOwners().syndic("S").present("D", "E").proxy("A", "S").open();

    Resolution r = resolution("r1", Majority.ABSOLUTE, "A", "FOR");

    assertThatThrownBy(() -> tally.count(r))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.BALLOT_FROM_ABSENT_OWNER));
  }

  @Test
  void countsAVoterWithoutABallotAsAbstaining() {
    AssemblyTally tally = fiveOwners().everyonePresent().open();

    VoteCount count = tally.count(resolution("r1", Majority.ABSOLUTE, "A", "FOR", "C", "AGAINST", "D", "BLANK"));

    assertThat(count.abstained()).isEqualTo(Fraction.of(800));
    assertThat(count.cast()).isEqualTo(Fraction.of(200));
  }

  @Test
  void leavesAnExcludedOwnerOutOfTheVote() {
    AssemblyTally tally = fiveOwners().everyonePresent().open();
    Resolution contract = resolution("contract-E", Majority.ABSOLUTE, "A", "FOR", "B", "FOR", "C", "FOR", "D", "AGAINST")
        .excluding(Set.of(owner("E")));

    VoteCount count = tally.count(contract);

    assertThat(count.forVotes()).isEqualTo(Fraction.of(300));
    assertThat(count.abstained()).isEqualTo(Fraction.ZERO);
    assertThat(count.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void refusesABallotFromAnExcludedOwner() {
    Resolution plain = resolution("r1", Majority.ABSOLUTE, "E", "FOR");

    assertThatThrownBy(() -> plain.excluding(Set.of(owner("E"))))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.BALLOT_FROM_EXCLUDED_OWNER));
  }

  @Test
  void failsUnanimityThroughAnAbsentOwner() {
    AssemblyTally tally = fiveOwners().present("A", "B", "C", "D").open();

    VoteCount count = tally.count(resolution("shares", Majority.UNANIMITY, "A", "FOR", "B", "FOR", "C", "FOR", "D", "FOR"));

    assertThat(count.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void adoptsUnanimityOfThosePresentDespiteAnAbsentOwner() {
    AssemblyTally tally = fiveOwners().present("A", "B", "C", "D").open();

    VoteCount count = tally.count(resolution(
        "shares", Majority.UNANIMITY_OF_PRESENT, "A", "FOR", "B", "FOR", "C", "FOR", "D", "FOR"));

    assertThat(count.outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void decidesNothingWithoutQuorum() {
    AssemblyTally tally = fiveOwners().present("A", "B", "C").open();

    VoteCount count = tally.count(resolution("r1", Majority.ABSOLUTE, "A", "FOR", "B", "FOR", "C", "FOR"));

    assertThat(tally.quorum().reached()).isFalse();
    assertThat(count.outcome()).isEqualTo(Outcome.NO_QUORUM);
    assertThat(count.forVotes()).isEqualTo(Fraction.of(300));
  }

  @Test
  void refusesTheSameResolutionTwice() {
    AssemblyTally tally = fiveOwners().everyonePresent().open();
    List<Resolution> twice = List.of(resolution("r1", Majority.ABSOLUTE), resolution("r1", Majority.TWO_THIRDS));

    assertThatThrownBy(() -> tally.countAll(twice))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_RESOLUTION));
  }

  @Test
  void refusesAnAttendanceLineForSomeoneWhoIsNotAnOwner() {
    AssemblyFixtures.AssemblyBuilder builder = fiveOwners().present("A", "tenant");

    assertThatThrownBy(builder::open)
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OWNER));
  }

  @Test
  void refusesAnOwnerWithoutShares() {
    assertThatThrownBy(() -> Owner.of("A", "0"))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NONPOSITIVE_SHARES));
  }

  @Test
  void refusesAnOwnerHoldingTheirOwnProxy() {
    assertThatThrownBy(() -> Attendance.proxy("A", "A"))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PROXY));
  }

  @Test
  void countsAllResolutionsInOrder() {
    AssemblyTally tally = fiveOwners().everyonePresent().open();

    AssemblyResult result = tally.countAll(List.of(
        resolution("works", Majority.TWO_THIRDS, "A", "FOR"),
        resolution("budget", Majority.ABSOLUTE, "B", "AGAINST")));

    assertThat(result.resolutions().keySet()).extracting(ResolutionId::value).containsExactly("works", "budget");
    assertThat(result.quorum().rule()).isEqualTo(QuorumRule.HEADS_AND_HALF_SHARES);
    assertThat(result.quorum().attendees().sharesTotal()).isEqualByComparingTo(new BigDecimal("1000"));
  }
}
