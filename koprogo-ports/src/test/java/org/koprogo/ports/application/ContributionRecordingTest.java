/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.MemberId;

class ContributionRecordingTest {
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);
  private final RecordContribution ledger = useCases.recordContribution();

  ContributionRecordingTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
  }

  @Test
  void aRetriedDeclarationIsRecordedOnce() {
    RecordContribution.Recorded first = ledger.declarePayment(UseCaseFixtures.payment("P1", "125.50", "bank-tx-77"));
    RecordContribution.Recorded retry = ledger.declarePayment(UseCaseFixtures.payment("P1-bis", "125.50", "bank-tx-77"));

    assertThat(first).isEqualTo(new RecordContribution.Recorded("P1", "PAYMENT_DECLARED", false));
    assertThat(retry).isEqualTo(new RecordContribution.Recorded("P1", "PAYMENT_DECLARED", true));
    assertThat(store.ledger().entriesOf(ACME, MemberId.of("M1"))).hasSize(1);
    assertThat(store.auditTrail().list(ACME, AuditTrail.Query.about("member", "M1", 10)))
        .extracting(e -> e.event().action()).containsExactly("MemberRegistered", "LedgerPAYMENT_DECLARED");
  }

  @Test
  void confirmsADeclarationOnceAndRefusesToRejectItAfterwards() {
    ledger.declarePayment(UseCaseFixtures.payment("P1", "125.50", "k1"));

    RecordContribution.Recorded confirmed = ledger.confirm(UseCaseFixtures.resolution("P1", "C1"));
    RecordContribution.Recorded again = ledger.confirm(UseCaseFixtures.resolution("P1", "C2"));

    assertThat(confirmed).isEqualTo(new RecordContribution.Recorded("C1", "PAYMENT_CONFIRMED", false));
    assertThat(again).isEqualTo(new RecordContribution.Recorded("C1", "PAYMENT_CONFIRMED", true));
    assertRefused(() -> ledger.reject(UseCaseFixtures.resolution("P1", "R1")), ErrorCode.ILLEGAL_TRANSITION);
    assertThat(store.ledger().entriesOf(ACME, MemberId.of("M1"))).extracting(e -> e.kind().name())
        .containsExactly("PAYMENT_DECLARED", "PAYMENT_CONFIRMED");
  }

  @Test
  void reversesAConfirmedPaymentOnceAndNothingElse() {
    ledger.declarePayment(UseCaseFixtures.payment("P1", "125.50", "k1"));
    ledger.declarePayment(UseCaseFixtures.payment("P2", "10.00", "k2"));
    ledger.confirm(UseCaseFixtures.resolution("P1", "C1"));

    RecordContribution.Recorded reversed = ledger.reverse(UseCaseFixtures.resolution("P1", "V1"));
    RecordContribution.Recorded again = ledger.reverse(UseCaseFixtures.resolution("P1", "V2"));

    assertThat(reversed).isEqualTo(new RecordContribution.Recorded("V1", "PAYMENT_REVERSED", false));
    assertThat(again).isEqualTo(new RecordContribution.Recorded("V1", "PAYMENT_REVERSED", true));
    assertRefused(() -> ledger.reverse(UseCaseFixtures.resolution("P2", "V3")), ErrorCode.ILLEGAL_TRANSITION);
  }

  @Test
  void refusesToResolveSomethingThatIsNotADeclaration() {
    ledger.due(UseCaseFixtures.payment("D1", "100.00", "due-2026-03"));

    assertRefused(() -> ledger.confirm(UseCaseFixtures.resolution("D1", "C1")), ErrorCode.ILLEGAL_TRANSITION);
    assertRefused(() -> ledger.confirm(UseCaseFixtures.resolution("nope", "C1")), ErrorCode.NOT_FOUND);
  }

  @Test
  void refusesAPaymentOfNothingAndAnUnknownMember() {
    assertRefused(() -> ledger.declarePayment(UseCaseFixtures.payment("P1", "0.00", "k")), ErrorCode.NONPOSITIVE_PAYMENT);
    RecordContribution.Entry stranger = new RecordContribution.Entry(
        UseCaseFixtures.ORG, "M9", "P1", "1.00", "EUR", java.time.LocalDate.parse("2026-03-01"), "k", "bank-ref 1", "M9");
    assertRefused(() -> ledger.declarePayment(stranger), ErrorCode.NOT_FOUND);
  }
}
