/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.embedding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;

/** The integrator's guide's plain-Java embedding example (docs/integrators-guide.md), run by a test. */
public final class PlainJavaEmbedding {
  private PlainJavaEmbedding() {}

  /** Runs a cooperative's first allocation round; returns who gets which lot ({@code M1=A1}). */
  public static List<String> run() {
    // --- example: begin ---
    MemoryDatabase database = new MemoryDatabase(ManualClock.at(Instant.parse("2026-03-01T09:00:00Z")));
    UseCases useCases = new UseCases(database.ports(), CommandValidation.none());
    database.organisations().add(new Organisation(OrganisationId.of("coop-1"), "Les Cailles",
        Organisation.Kind.HOUSING_COOPERATIVE, 0));

    useCases.registerMember().register(new RegisterMember.Command("coop-1", "M1", "Ada", "ada@example.org",
        "+32470000001", "", 1, LocalDate.parse("2025-01-15"), "admin"));
    CoopRef group = new CoopRef("coop-1", "G1", null, Actor.of("manager", Role.COOP_MANAGER));
    useCases.manageCoopGroups().form(group, "Les Cailles", "50000.00", "EUR");
    useCases.manageCoopGroups().admit(group, "M1", Role.COOP_MEMBER, Set.of());
    useCases.manageCoopGroups().changeMemberStatus(group, "M1", MemberStatus.ACTIVE);
    useCases.runCoopProject().start(group, "P1", "EUR");
    useCases.runCoopProject().addLot(group, "A1", LotType.APARTMENT, "72.5");

    RecordContribution ledger = useCases.recordContribution();
    ledger.due(new RecordContribution.Entry("coop-1", "M1", "due-1", "250.00", "EUR",
        LocalDate.parse("2026-01-31"), "due-M1-2026-01", "2026-01", "manager"));
    ledger.declarePayment(new RecordContribution.Entry("coop-1", "M1", "pay-1", "250.00", "EUR",
        LocalDate.parse("2026-01-28"), "pay-M1-2026-01", "bank ref 4711", "M1"));
    ledger.confirm(new RecordContribution.Resolution("coop-1", "pay-1", "conf-1", "", "manager"));

    RunAllocationRounds.Round round = useCases.runAllocationRounds().propose(group,
        new RunAllocationRounds.Proposal("2026-R1", LocalDate.parse("2026-02-28"), Map.of("M1", List.of("A1")),
            "0", false));
    // --- example: end ---
    return round.proposals().stream()
        .map(p -> p.state().member().value() + "=" + p.state().lot().value())
        .toList();
  }
}
