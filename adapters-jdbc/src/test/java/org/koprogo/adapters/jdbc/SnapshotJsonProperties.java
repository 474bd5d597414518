/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.FrenchMajority;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.meeting.AgendaItem;
import org.koprogo.domain.assembly.meeting.AssemblyId;
import org.koprogo.domain.assembly.meeting.AssemblyState;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.building.OwnerId;

/**
 * Assemblies of random attendance (present, absent, represented, proxies refused to the syndic)
 * and random ballots, capped votes included, survive the record JSON of the aggregate store as
 * snapshots and restore as they were.
 */
class SnapshotJsonProperties {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  private static final LocalDate CONVOKED_ON = LocalDate.of(2026, 2, 28);
  private static final LocalDate MEETING_ON = LocalDate.of(2026, 3, 16);
  private static final List<Owner> OWNERS = List.of(Owner.of("A", "100"), Owner.of("B", "50.25"),
      Owner.of("C", "49.75"), Owner.of("D", "200"), Owner.of("E", "600").holdingLots(3));

  /** Each owner's code: 0 absent, 1 present, 2 represented by the next owner, 3 by the syndic. */
  static List<Attendance> attendance(List<Integer> codes) {
    List<Attendance> list = new ArrayList<>();
    for (int i = 0; i < OWNERS.size(); i++) {
      String owner = OWNERS.get(i).id().value();
      int code = codes.get(i) % 4;
      String next = OWNERS.get((i + 1) % OWNERS.size()).id().value();
      boolean nextPresent = codes.get((i + 1) % OWNERS.size()) % 4 == 1;
      if (code == 1) {
        list.add(Attendance.present(owner));
      } else if (code == 2 && nextPresent) {
        list.add(Attendance.proxy(owner, next));
      } else if (code == 3) {
        list.add(Attendance.proxy(owner, "syndic"));
      }
    }
    return list;
  }

  static GeneralAssembly assembly(List<Integer> codes) {
    GeneralAssembly a = GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.standard(), OWNERS,
            HolderId.of("syndic"))
        .withItem(AgendaItem.bySyndic("roof", "Roof", RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS)))
        .withItem(AgendaItem.bySyndic("rules", "Rules", RequiredMajority.overridden(
            DecisionType.ORDINARY_ADMINISTRATION, FrenchMajority.ARTICLE_25, "test of another enum")))
        .convene(CONVOKED_ON, MEETING_ON.atTime(19, 30),
            org.koprogo.domain.assembly.meeting.MeetingPlace.of("Salle communale, Rue des Tilleuls 14"), AT)
        .open(MEETING_ON, attendance(codes), AT);
    if (a.state() == AssemblyState.NO_QUORUM) {
      return a.secondSession(AssemblyId.of("ga-2")).convene(MEETING_ON, MEETING_ON.plusDays(16), AT);
    }
    a = a.startVoting();
    int k = OWNERS.size();
    for (AgendaItem item : a.agenda()) {
      if (codes.get(k++) % 5 == 0) {
        continue; // postponed
      }
      Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
      for (Owner o : OWNERS) {
        if (a.tally().isPresentOrRepresented(o.id())) {
          ballots.put(o.id(), Ballot.values()[codes.get(k++ % codes.size()) % Ballot.values().length]);
        }
      }
      a = a.vote(item.id(), ballots, Set.of(), AT);
    }
    a = a.close(AT);
    return codes.get(0) % 2 == 0 ? a : a.publishMinutes(MEETING_ON.plusDays(codes.get(1) % 60), AT);
  }

  @Test
  void anyAssemblySurvivesTheJsonAndRestoresAsItWas() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 1000)).ofSize(20)).checkAssert(codes -> {
      GeneralAssembly a = assembly(codes);

      GeneralAssembly.Snapshot read = RecordJson.read(RecordJson.write(a.snapshot()), GeneralAssembly.Snapshot.class);

      assertThat(read).isEqualTo(a.snapshot());
      assertThat(GeneralAssembly.restore(read).snapshot()).isEqualTo(a.snapshot());
      if (a.state() == AssemblyState.CLOSED || a.state() == AssemblyState.MINUTES_PUBLISHED) {
        assertThat(GeneralAssembly.restore(read).minutes()).isEqualTo(a.minutes());
      }
    });
  }

  @org.junit.jupiter.api.Test
  void anAssemblyStoredBeforeTheConvocationRecordedItsTimeAndPlaceStillReads() {
    GeneralAssembly old = GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.standard(), OWNERS,
            HolderId.of("syndic"))
        .withItem(AgendaItem.bySyndic("roof", "Roof", RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS)))
        .convene(CONVOKED_ON, MEETING_ON, AT);
    // the JSON as this adapter wrote it before the components existed
    String json = RecordJson.write(old.snapshot()).replace(",\"startsAt\":null,\"place\":null", "");
    assertThat(json).doesNotContain("startsAt").doesNotContain("\"place\"");

    GeneralAssembly read = GeneralAssembly.restore(RecordJson.read(json, GeneralAssembly.Snapshot.class));

    assertThat(read.meetingOn()).isEqualTo(MEETING_ON);
    assertThat(read.startsAt()).isNull();
    assertThat(read.place()).isNull();
    assertThat(read.snapshot()).isEqualTo(old.snapshot());
  }
}
