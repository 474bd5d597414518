/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.AT;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.CONVOKED_ON;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.MEETING_ON;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Over random sequences of transitions (refused ones included), an assembly rebuilt from its
 * snapshot has the same state and answers every next transition as the original does.
 */
class GeneralAssemblySnapshotProperties {
  private static final List<Owner> OWNERS = MeetingFixtures.fiveOwners();

  /** One transition chosen by {@code code}, with its arguments drawn from the code too. */
  static UnaryOperator<GeneralAssembly> transition(int code) {
    int arg = code / 8;
    return switch (code % 8) {
      case 0 -> a -> a.withItem(AgendaItem.bySyndic("item-" + (arg % 4), "Item " + arg,
          RequiredMajority.of(DecisionType.values()[arg % DecisionType.values().length])));
      case 1 -> a -> arg % 2 == 0
          ? a.convene(a.session() == org.koprogo.domain.assembly.Session.SECOND ? MEETING_ON : CONVOKED_ON,
              (a.session() == org.koprogo.domain.assembly.Session.SECOND ? MEETING_ON : CONVOKED_ON).plusDays(15 + arg % 3),
              AT)
          : a.convene(a.session() == org.koprogo.domain.assembly.Session.SECOND ? MEETING_ON : CONVOKED_ON,
              (a.session() == org.koprogo.domain.assembly.Session.SECOND ? MEETING_ON : CONVOKED_ON).plusDays(15 + arg % 3)
                  .atTime(18 + arg % 3, 30),
              MeetingPlace.of("Salle " + arg % 5), AT);
      case 2 -> a -> a.open(a.meetingOn() == null ? MEETING_ON : a.meetingOn(), attendance(arg), AT);
      case 3 -> GeneralAssembly::startVoting;
      case 4 -> a -> a.vote(a.agenda().isEmpty() ? org.koprogo.domain.assembly.ResolutionId.of("none")
          : a.agenda().get(arg % a.agenda().size()).id(), ballots(a, arg), Set.of(), AT);
      case 5 -> a -> a.close(AT);
      case 6 -> a -> a.publishMinutes((a.meetingOn() == null ? MEETING_ON : a.meetingOn()).plusDays(arg % 40), AT);
      default -> a -> a.secondSession(AssemblyId.of("second-" + arg % 3));
    };
  }

  /** The owners whose bit is set in {@code bits} attend, in person. */
  static List<Attendance> attendance(int bits) {
    List<Attendance> list = new ArrayList<>();
    for (int i = 0; i < OWNERS.size(); i++) {
      if ((bits >> i & 1) == 1) {
        list.add(Attendance.present(OWNERS.get(i).id().value()));
      }
    }
    return list;
  }

  /** Every owner present votes, for, against or abstaining as {@code arg} says. */
  static Map<OwnerId, Ballot> ballots(GeneralAssembly a, int arg) {
    Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
    if (a.tally() == null) {
      return ballots;
    }
    int i = 0;
    for (Owner o : OWNERS) {
      if (a.tally().isPresentOrRepresented(o.id())) {
        ballots.put(o.id(), Ballot.values()[(arg >> i++) % Ballot.values().length]);
      }
    }
    return ballots;
  }

  /** The result of a transition: the new state, or the refusal's code. */
  static Object outcome(GeneralAssembly a, UnaryOperator<GeneralAssembly> t) {
    try {
      return t.apply(a).snapshot();
    } catch (KoproGoException e) {
      return e.code();
    } catch (IllegalArgumentException e) {
      return "refused";
    }
  }

  @Test
  void aRestoredAssemblyIsTheSameAssemblyAtEveryStep() {
    List<GeneralAssembly> starts = List.of(
        GeneralAssembly.draft(AssemblyId.of("ga"), org.koprogo.domain.assembly.BelgianCoOwnershipRules.standard(),
            OWNERS, org.koprogo.domain.assembly.HolderId.of("syndic")),
        MeetingFixtures.draft(), MeetingFixtures.convened(), MeetingFixtures.opened(), MeetingFixtures.voting(),
        MeetingFixtures.voting().close(AT), MeetingFixtures.withoutQuorum());

    qt().withExamples(300)
        .forAll(integers().between(0, starts.size() - 1), lists().of(integers().between(0, 1 << 20)).ofSizeBetween(0, 30))
        .checkAssert((start, codes) -> {
          GeneralAssembly a = starts.get(start);
          for (int code : codes) {
            GeneralAssembly restored = GeneralAssembly.restore(a.snapshot());
            assertThat(restored.snapshot()).isEqualTo(a.snapshot());
            UnaryOperator<GeneralAssembly> t = transition(code);
            Object expected = outcome(a, t);
            assertThat(outcome(restored, t)).isEqualTo(expected);
            if (expected instanceof GeneralAssembly.Snapshot) {
              a = t.apply(a);
            }
          }
        });
  }
}
