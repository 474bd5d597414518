/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.application.UseCaseFixtures.ORG;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.ImportContributions;
import org.koprogo.ports.in.ImportContributions.Line;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.LedgerEntry;

class ContributionImportTest {
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);
  private final ImportContributions importer = useCases.importContributions();

  @BeforeEach
  void aMember() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
  }

  private static RecordContribution.Entry due(String id) {
    return new RecordContribution.Entry(ORG, "M1", id, "250.00", "EUR", LocalDate.parse("2026-03-01"), "key-" + id,
        "monthly contribution", "manager-1");
  }

  @Test
  void recordsEachLineThroughTheContributionWorkflowInOrder() {
    List<RecordContribution.Recorded> recorded = importer.record(List.of(
        new Line.Due(due("d1")),
        new Line.Declared(UseCaseFixtures.payment("p1", "250.00", "k1")),
        new Line.Confirmed(UseCaseFixtures.resolution("p1", "c1")),
        new Line.Declared(UseCaseFixtures.payment("p2", "10.00", "k2")),
        new Line.Rejected(new RecordContribution.Resolution(ORG, "p2", "r2", "not on the account", "manager-1"))));

    assertThat(recorded).extracting(RecordContribution.Recorded::kind)
        .containsExactly("DUE", "PAYMENT_DECLARED", "PAYMENT_CONFIRMED", "PAYMENT_DECLARED", "PAYMENT_REJECTED");
    assertThat(store.ledger().entries(ACME)).extracting(e -> e.id().value())
        .containsExactly("d1", "p1", "c1", "p2", "r2");
    assertThat(store.ledger().find(ACME, org.koprogo.ports.out.LedgerEntryId.of("c1")).orElseThrow().kind())
        .isEqualTo(LedgerEntry.Kind.PAYMENT_CONFIRMED);
    assertThat(store.auditTrail().list(ACME, new AuditTrail.Query("member", "M1", 0, 20)))
        .extracting(e -> e.event().action())
        .containsExactly("MemberRegistered", "LedgerDUE", "LedgerPAYMENT_DECLARED", "LedgerPAYMENT_CONFIRMED",
            "LedgerPAYMENT_DECLARED", "LedgerPAYMENT_REJECTED");
  }

  @Test
  void aRefusedLineRefusesTheBatchNamingTheLine() {
    RecordContribution.Entry noProof = new RecordContribution.Entry(ORG, "M1", "p1", "250.00", "EUR",
        LocalDate.parse("2026-03-01"), "k1", " ", "M1");

    assertThatThrownBy(() -> importer.record(List.of(new Line.Due(due("d1")), new Line.Declared(noProof))))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD);
          assertThat(e.details()).containsEntry("field", "lines[1].reason");
        });
    assertThatThrownBy(() -> importer.record(List.of(new Line.Confirmed(UseCaseFixtures.resolution("nope", "c1")))))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
          assertThat(e.details()).containsEntry("field", "lines[0]");
        });
    assertThat(store.ledger().entries(ACME)).isEmpty();
  }

  @Test
  void refusesMoreLinesThanOneCallTakes() {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i <= ImportContributions.MAX_LINES; i++) {
      lines.add(new Line.Due(due("d" + i)));
    }

    assertThatThrownBy(() -> importer.record(lines))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
          assertThat(e.details()).containsEntry("field", "lines");
        });
    assertThat(importer.record(lines.subList(0, ImportContributions.MAX_LINES))).hasSize(ImportContributions.MAX_LINES);
  }
}
