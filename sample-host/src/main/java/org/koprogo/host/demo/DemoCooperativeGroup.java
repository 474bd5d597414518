/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.ManageCoopGroups;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.in.coop.RunCoopProject;

/**
 * The demo cooperative's building group {@value #GROUP}, run by the library's use cases as its
 * manager would: its five ranked members admitted and active, the contribution plan validated, a
 * project at PERMITS with lots A1, A2, A3 and B1, the group taken to ALLOCATION_RUNNING, and
 * round {@value #ROUND} proposed by the FIFO rules from the demo ledger at 31 March 2026 (the
 * three members who are paid up get a lot; De Vos and Evrard, in arrears, do not).
 */
final class DemoCooperativeGroup {
  /** The demo group (and its project's key in the store). */
  static final String GROUP = "cailles-habitat";
  /** The demo allocation round. */
  static final String ROUND = "2026-R1";

  private static final Actor MANAGER = Actor.of("demo-loader", Role.COOP_MANAGER);

  private DemoCooperativeGroup() {}

  static void load(ManageCoopGroups groups, RunCoopProject projects, RunAllocationRounds rounds) {
    CoopRef ref = new CoopRef(DemoData.CAILLES, GROUP, null, MANAGER);
    List<String> members = List.of("m-amrani", "m-bertrand", "m-costa", "m-devos", "m-evrard");
    groups.form(ref, "Habitat groupé Les Cailles", "2000.00", "EUR");
    for (String m : members) {
      groups.admit(ref, m, Role.COOP_MEMBER, Set.of());
      groups.changeMemberStatus(ref, m, MemberStatus.ACTIVE);
    }
    groups.validateContributionPlan(ref, "plan-cailles-2026");

    projects.start(ref, "cailles-project", "EUR");
    projects.addLot(ref, "A1", LotType.APARTMENT, "72.5");
    projects.addLot(ref, "A2", LotType.APARTMENT, "64.0");
    projects.addLot(ref, "A3", LotType.DUPLEX, "98.0");
    projects.addLot(ref, "B1", LotType.STUDIO, "38.0");
    projects.reach(ref, ProjectPhase.PERMITS);

    for (GroupStatus to : List.of(GroupStatus.KYC_READY, GroupStatus.FUNDING_OPEN,
        GroupStatus.THRESHOLD_REACHED, GroupStatus.FUNDING_CLOSED, GroupStatus.ALLOCATION_RUNNING)) {
      groups.moveTo(ref, to);
    }
    rounds.propose(ref, new RunAllocationRounds.Proposal(ROUND, LocalDate.of(2026, 3, 31),
        Map.of("m-amrani", List.of("A3", "A1"), "m-bertrand", List.of("A3", "A2")), "0", false));
  }
}
