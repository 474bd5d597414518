/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.embedding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.Convened;
import org.koprogo.ports.in.assembly.Convocation;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.ItemRequest;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.in.assembly.RunGeneralAssembly.Presence;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;

/** The integrator's guide's example of a general assembly (docs/integrators-guide.md), run by a test. */
public final class AssemblyEmbedding {
  private AssemblyEmbedding() {}

  /**
   * Runs the assembly of building B1 (O1 600 shares, O2 400) from its draft to its published
   * minutes.
   *
   * @return the roof item's outcome, the state after publication, the postponed items, the audit
   *     actions
   */
  public static List<String> run() {
    MemoryDatabase database = new MemoryDatabase(ManualClock.at(Instant.parse("2026-03-01T09:00:00Z")));
    UseCases useCases = new UseCases(database.ports(), CommandValidation.none());
    database.organisations().add(new Organisation(OrganisationId.of("acme"), "ACME syndic",
        Organisation.Kind.CO_OWNERSHIP, 0));
    useCases.registerBuilding().register(new RegisterBuilding.Command("acme", "B1", "Les Tilleuls", "Rue 1",
        new BigDecimal("1000"), "EUR", List.of(
            new RegisterBuilding.LotLine("A1", "A1", new BigDecimal("600"),
                List.of(new RegisterBuilding.OwnershipLine("O1", "1"))),
            new RegisterBuilding.LotLine("A2", "A2", new BigDecimal("400"),
                List.of(new RegisterBuilding.OwnershipLine("O2", "1")))),
        List.of(new RegisterBuilding.OwnerLine("O1", "Ada", "ada@example.org", "", ""),
            new RegisterBuilding.OwnerLine("O2", "Bob", "bob@example.org", "", "")), "syndic-1"));

    // --- example: begin ---
    DraftGeneralAssembly drafts = useCases.draftGeneralAssembly();
    RunGeneralAssembly meetings = useCases.runGeneralAssembly();
    KeepAssemblyMinutes minutes = useCases.keepAssemblyMinutes();

    Meeting draft = drafts.forBuilding("B1", new DraftGeneralAssembly.Draft("acme", "syndic-1", "ga-2026",
        null, LocalDate.parse("2026-09-17"), "syndic-1", null, List.of(             // voting body: B1's lots
            ItemRequest.stated("accounts", "Approve the 2025 accounts", "ABSOLUTE"),
            ItemRequest.ofType("roof", "Repair the roof", "WORKS_ON_COMMON_PARTS"),   // two thirds
            ItemRequest.stated("bikes", "A bike shed", "ABSOLUTE")), null));
    AssemblyRef ga = new AssemblyRef("acme", "ga-2026", draft.version(), "syndic-1");
    Convened convened = meetings.convene(ga, new Convocation(LocalDate.parse("2026-09-01"), // 15 days' notice
        LocalDateTime.parse("2026-09-17T19:30"), "Salle communale, Rue des Tilleuls 14"));  // notices queued
    List<Convened.OwnerConvocation> letters = convened.byPost();                 // by registered letter
    Meeting opened = meetings.open(ga.at(convened.meeting().version()), null, List.of(
        new Presence("O1", "PRESENT", null), new Presence("O2", "PROXY", "O1")));  // quorum checked
    Meeting voting = meetings.startVoting(ga.at(opened.version()));
    voting = meetings.vote(ga.at(voting.version()), "accounts", Map.of("O1", "FOR", "O2", "FOR"), null);
    voting = meetings.vote(ga.at(voting.version()), "roof", Map.of("O1", "FOR", "O2", "AGAINST"), null);
    Meeting closed = meetings.close(ga.at(voting.version()), "en");              // "bikes" is postponed
    Meeting published = meetings.publishMinutes(ga.at(closed.version()), LocalDate.parse("2026-09-25"));

    KeepAssemblyMinutes.Recorded recorded = minutes.minutes("acme", "ga-2026").orElseThrow();
    minutes.correct(ga, "O2 was represented by O1", "the attendance list was misread");
    // --- example: end ---
    return List.of(published.state().votes().get(1).count().outcome().name(), published.state().state().name(),
        String.join(",", recorded.votes().postponed()), String.valueOf(minutes.corrections("acme", "ga-2026").size()));
  }
}
