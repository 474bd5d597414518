/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.AT;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.AssemblyCalendar;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.PeriodCounting;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.building.OwnerId;

class AssemblyLawProperties {

  @Test
  void theEarliestMeetingIsTheFirstDayTheNoticeIsGivenAndTheConservativeCountIsNeverShorter() {
    qt().forAll(integers().between(15, 90), integers().between(0, 3650)).checkAssert((days, offset) -> {
      LocalDate sent = LocalDate.of(2020, 1, 1).plusDays(offset);
      AssemblyCalendar conservative = AssemblyCalendar.belgian(days);
      AssemblyCalendar usual = conservative.counting(PeriodCounting.FIRST_DAY_EXCLUDED);
      for (AssemblyCalendar c : List.of(conservative, usual)) {
        LocalDate earliest = c.earliestMeeting(sent);
        assertThat(c.noticeGiven(sent, earliest)).isTrue();
        assertThat(c.noticeGiven(sent, earliest.minusDays(1))).isFalse();
      }
      assertThat(conservative.earliestMeeting(sent)).isEqualTo(usual.earliestMeeting(sent).plusDays(1));
    });
  }

  @Test
  void theMinutesNameEveryVotingOwnerOnceAsForAgainstOrAbstaining() {
    List<String> owners = List.of("A", "B", "C", "D", "E");
    qt().forAll(lists().of(integers().between(0, 5)).ofSize(5)).checkAssert(codes -> {
      Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
      for (int i = 0; i < 5; i++) {
        int c = codes.get(i);
        if (c < Ballot.values().length) {
          ballots.put(OwnerId.of(owners.get(i)), Ballot.values()[c]);
        }
      }
      Minutes minutes = MeetingFixtures.voting().vote(ResolutionId.of("roof"), ballots, Set.of(), AT).close(AT)
          .minutes();

      Minutes.Dissent d = minutes.dissentOn(ResolutionId.of("roof"));

      Set<OwnerId> named = new HashSet<>(d.against());
      named.addAll(d.abstained());
      assertThat(named).hasSize(d.against().size() + d.abstained().size());
      for (String o : owners) {
        boolean votedFor = ballots.get(OwnerId.of(o)) == Ballot.FOR;
        assertThat(named.contains(OwnerId.of(o))).isEqualTo(!votedFor);
      }
    });
  }
}
