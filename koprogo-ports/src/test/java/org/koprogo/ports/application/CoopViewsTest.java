/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.CoopViews;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.memory.MemoryDatabase;

/** {@link CoopViews}: the cooperative's answers in plain values, with what may come next. */
class CoopViewsTest {
  private static final String ORG = UseCaseFixtures.ORG;
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);
  private final CoopRef group = new CoopRef(ORG, "G1", null, Actor.of("manager", Role.COOP_MANAGER));

  CoopViewsTest() {
    store.organisations().add(PortsFixtures.organisation(PortsFixtures.ACME));
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
    useCases.registerMember().register(UseCaseFixtures.member("M2", 2));
  }

  @Test
  void aGroupShowsItsMembersDocumentsAndNextStates() {
    useCases.manageCoopGroups().form(group, "Les Cailles", "50000.00", "EUR");
    useCases.manageCoopGroups().admit(group, "M1", Role.COOP_MEMBER, Set.of(DocumentKind.PROOF_OF_ADDRESS,
        DocumentKind.IDENTITY_DOCUMENT));
    useCases.manageCoopGroups().submitDocument(group, "M1", DocumentKind.IDENTITY_DOCUMENT, "doc-1");
    useCases.manageCoopGroups().adoptDocument(group, "rules", "rules-v1.pdf");

    CoopViews.GroupSummary g = CoopViews.group(useCases.manageCoopGroups().group(ORG, "G1"));

    assertThat(g.status()).isEqualTo("FORMATION");
    assertThat(g.fundingThreshold()).isEqualTo("50000.00");
    assertThat(g.currency()).isEqualTo("EUR");
    assertThat(g.heldFrom()).isNull();
    assertThat(g.nextStates()).isNotEmpty().doesNotContain("FORMATION");
    assertThat(g.documents()).containsExactly(Map.entry("rules", "rules-v1.pdf"));
    assertThat(g.members()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo("PENDING_KYC");
      assertThat(m.requiredDocuments()).containsExactly("IDENTITY_DOCUMENT", "PROOF_OF_ADDRESS");
      assertThat(m.documents()).singleElement()
          .isEqualTo(new CoopViews.MemberDocument("IDENTITY_DOCUMENT", "doc-1", "SUBMITTED", null));
    });
  }

  @Test
  void aRoundShowsItsProposalsEachMembersOutcomeAndTheLotsLeft() {
    useCases.manageCoopGroups().form(group, "Les Cailles", "50000.00", "EUR");
    for (String m : List.of("M1", "M2")) {
      useCases.manageCoopGroups().admit(group, m, Role.COOP_MEMBER, Set.of());
      useCases.manageCoopGroups().changeMemberStatus(group, m, MemberStatus.ACTIVE);
    }
    useCases.runCoopProject().start(group, "P1", "EUR");
    useCases.runCoopProject().addLot(group, "A1", LotType.APARTMENT, "72.5");
    CoopViews.ProjectSummary project = CoopViews.project(
        useCases.runCoopProject().addLot(group, "A2", LotType.STUDIO, "30"));
    useCases.recordContribution().due(new RecordContribution.Entry(ORG, "M2", "D2", "100.00", "EUR",
        LocalDate.parse("2026-01-31"), "d2", "2026-01", "manager"));

    RunAllocationRounds.Round proposed = useCases.runAllocationRounds().propose(group, new RunAllocationRounds.Proposal(
        "R1", LocalDate.parse("2026-02-28"), Map.of("M1", List.of("A1"), "M2", List.of("A1")), "0", false));
    CoopViews.RoundSummary round = CoopViews.round("R1", LocalDate.parse("2026-02-28"), proposed);

    assertThat(project.lots()).extracting(CoopViews.ProjectLot::surface).containsExactly("72.5", "30");
    assertThat(project.nextPhases()).isNotEmpty();
    assertThat(round.proposals()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("R1/M1");
      assertThat(a.round()).isEqualTo("R1");
      assertThat(a.lot()).isEqualTo("A1");
      assertThat(a.decidedOn()).isNull();
    });
    assertThat(round.members()).extracting(CoopViews.RoundMember::member).containsExactly("M1", "M2");
    assertThat(round.members().get(1).lot()).isNull();
    assertThat(round.unallocatedLots()).containsExactly("A2");
  }
}
