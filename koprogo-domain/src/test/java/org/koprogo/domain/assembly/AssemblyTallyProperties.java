/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.AssemblyFixtures.RandomAssembly;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.quicktheories.core.Gen;

class AssemblyTallyProperties {
  private static final Majority[] MAJORITIES = Majority.values();
  private static final Majority[] RATIOS = {Majority.ABSOLUTE, Majority.TWO_THIRDS, Majority.FOUR_FIFTHS};

  private static Gen<RandomAssembly> belgianAssemblies() {
    return longs().all().zip(integers().between(0, MAJORITIES.length - 1),
        (seed, m) -> RandomAssembly.of(seed, BelgianCoOwnershipRules.standard(), MAJORITIES[m]));
  }

  private static Gen<RandomAssembly> associationAssemblies() {
    return longs().all().zip(integers().between(0, RATIOS.length - 1),
        (seed, m) -> RandomAssembly.of(seed, OneMemberOneVote.rules(), RATIOS[m]));
  }

  @Test
  void addingAnAbstentionNeverChangesAnOutcome() {
    qt().withGenerateAttempts(100).withExamples(300).forAll(belgianAssemblies(), integers().between(0, 1_000))
        .assuming((a, pick) -> !a.votersNotCasting().isEmpty())
        .checkAssert((a, pick) -> {
          List<OwnerId> silent = a.votersNotCasting();
          OwnerId voter = silent.get(pick % silent.size());
          Map<OwnerId, Ballot> ballots = new LinkedHashMap<>(a.resolution().ballots());
          Ballot[] nonCast = {Ballot.ABSTAIN, Ballot.BLANK, Ballot.NULL};
          if (ballots.containsKey(voter)) {
            ballots.remove(voter);
          } else {
            ballots.put(voter, nonCast[pick % nonCast.length]);
          }

          VoteCount before = a.count();
          VoteCount after = a.withBallots(ballots).count();

          assertThat(after.outcome()).isEqualTo(before.outcome());
          assertThat(after.forVotes()).isEqualTo(before.forVotes());
          assertThat(after.against()).isEqualTo(before.against());
          assertThat(after.abstained()).isEqualTo(before.abstained());
        });
  }

  @Test
  void aNewMemberWhoAbstainsNeverChangesARatioOutcomeOfOneMemberOneVote() {
    qt().withGenerateAttempts(100).withExamples(200).forAll(associationAssemblies())
        .checkAssert(a -> {
          List<Owner> owners = new ArrayList<>(a.owners());
          owners.add(Owner.member("newcomer"));
          List<Attendance> attendance = new ArrayList<>(a.attendance());
          attendance.add(Attendance.present("newcomer"));
          RandomAssembly withNewcomer = new RandomAssembly(
              a.rules(), a.session(), owners, a.syndic(), attendance, a.resolution());

          VoteCount before = a.count();
          VoteCount after = withNewcomer.count();

          if (before.outcome() == Outcome.NO_QUORUM) {
            assertThat(after.outcome()).isNotEqualTo(Outcome.NO_QUORUM);
          } else {
            assertThat(after.outcome()).isEqualTo(before.outcome());
          }
          assertThat(after.abstained()).isEqualTo(before.abstained().plus(Fraction.ONE));
        });
  }

  @Test
  void aCappedPersonNeverVotesForMoreThanTheOthers() {
    qt().withGenerateAttempts(100).withExamples(400).forAll(belgianAssemblies())
        .checkAssert(a -> {
          VoteCount count = a.count();

          Fraction all = count.forVotes().plus(count.against()).plus(count.abstained());
          for (CappedVoter capped : count.cappedVoters()) {
            Fraction effective = capped.effectiveVotes();
            assertThat(effective.compareTo(all.minus(effective))).isLessThanOrEqualTo(0);
            assertThat(effective).isEqualTo(Fraction.of(capped.othersVotes()));
          }
          assertThat(count.cappedVoters().size()).isLessThanOrEqualTo(1);
        });
  }

  @Test
  void aCappedOwnerAloneAgainstEveryoneNeverWins() {
    qt().withGenerateAttempts(100).withExamples(300).forAll(belgianAssemblies())
        .assuming(a -> !a.count().cappedVoters().isEmpty())
        .checkAssert(a -> {
          AssemblyTally tally = a.tally();
          HolderId capped = a.count().cappedVoters().get(0).voter();
          Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
          for (Owner o : a.owners()) {
            if (tally.isPresentOrRepresented(o.id()) && !a.resolution().excluded().contains(o.id())) {
              ballots.put(o.id(), capped.equals(tally.voterOf(o.id())) ? Ballot.FOR : Ballot.AGAINST);
            }
          }

          VoteCount count = a.withBallots(ballots).count();

          assertThat(count.forVotes().compareTo(count.against())).isLessThanOrEqualTo(0);
        });
  }

  @Test
  void swappingEveryForAndAgainstNeverAdoptsBothUnderTheAbsoluteMajority() {
    qt().withGenerateAttempts(100).withExamples(400).forAll(longs().all())
        .checkAssert(seed -> {
          RandomAssembly a = RandomAssembly.of(seed, BelgianCoOwnershipRules.standard(), Majority.ABSOLUTE);

          boolean adopted = a.count().adopted();
          boolean swappedAdopted = a.swapped().count().adopted();

          assertThat(adopted && swappedAdopted).isFalse();
        });
  }

  @Test
  void thePresenceOfOneMoreOwnerNeverLosesTheQuorum() {
    qt().withGenerateAttempts(100).withExamples(400).forAll(belgianAssemblies(), integers().between(0, 1))
        .assuming((a, lots) -> !a.absentOwners().isEmpty())
        .checkAssert((a, lots) -> {
          VotingRules rules = BelgianCoOwnershipRules.countingHeadsBy(HeadCount.values()[lots]);
          List<Attendance> more = new ArrayList<>(a.attendance());
          more.add(new Attendance(a.absentOwners().get(0), AttendanceMode.PRESENT, null));

          Quorum before = AssemblyTally.open(rules, a.session(), a.owners(), a.syndic(), a.attendance()).quorum();
          Quorum after = AssemblyTally.open(rules, a.session(), a.owners(), a.syndic(), more).quorum();

          if (before.reached()) {
            assertThat(after.reached()).isTrue();
          }
          assertThat(after.attendees().ownersPresent()).isEqualTo(before.attendees().ownersPresent() + 1);
        });
  }

  @Test
  void theVotesCountedAddUpToTheVotingOwnersSharesLessWhatTheCapTookAway() {
    qt().withGenerateAttempts(100).withExamples(300).forAll(belgianAssemblies())
        .checkAssert(a -> {
          AssemblyTally tally = a.tally();
          Fraction expected = Fraction.ZERO;
          for (Owner o : a.owners()) {
            if (tally.isPresentOrRepresented(o.id()) && !a.resolution().excluded().contains(o.id())) {
              expected = expected.plus(Fraction.of(o.shares()));
            }
          }

          VoteCount count = a.count();

          for (CappedVoter c : count.cappedVoters()) {
            expected = expected.minus(Fraction.of(c.votes().subtract(c.othersVotes())));
          }
          assertThat(count.forVotes().plus(count.against()).plus(count.abstained())).isEqualTo(expected);
        });
  }
}
