/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.RequiredMajority;

/** Assemblies at each step of their lifecycle, for the tests. */
final class MeetingFixtures {
  static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  static final LocalDate CONVOKED_ON = LocalDate.of(2026, 2, 28);
  static final LocalDate MEETING_ON = LocalDate.of(2026, 3, 16);

  private MeetingFixtures() {}

  /** Owners A, B, C (100 each), D (300), E (400). */
  static List<Owner> fiveOwners() {
    return List.of(Owner.of("A", "100"), Owner.of("B", "100"), Owner.of("C", "100"), Owner.of("D", "300"),
        Owner.of("E", "400"));
  }

  static AgendaItem roofWorks() {
    return AgendaItem.bySyndic("roof", "Renovation of the roof", RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS));
  }

  static AgendaItem budget() {
    return AgendaItem.bySyndic("budget", "Budget 2026", RequiredMajority.of(DecisionType.ORDINARY_ADMINISTRATION));
  }

  static GeneralAssembly draft() {
    return GeneralAssembly.draft(AssemblyId.of("ga-2026"), BelgianCoOwnershipRules.standard(), fiveOwners(),
        HolderId.of("syndic")).withItem(roofWorks()).withItem(budget());
  }

  static GeneralAssembly convened() {
    return draft().convene(CONVOKED_ON, MEETING_ON, AT);
  }

  /** Opened with A, B and D present (heads 3/5, shares 500/1000). */
  static GeneralAssembly opened() {
    return convened().open(MEETING_ON,
        List.of(Attendance.present("A"), Attendance.present("B"), Attendance.present("D")), AT);
  }

  /** Opened with everyone present, voting. */
  static GeneralAssembly voting() {
    return convened().open(MEETING_ON, List.of(Attendance.present("A"), Attendance.present("B"),
        Attendance.present("C"), Attendance.present("D"), Attendance.present("E")), AT).startVoting();
  }

  /** A first session with only A, B and C: no quorum. */
  static GeneralAssembly withoutQuorum() {
    return convened().open(MEETING_ON,
        List.of(Attendance.present("A"), Attendance.present("B"), Attendance.present("C")), AT);
  }
}
