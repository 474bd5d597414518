/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.coop.CoopAssertions.assertFails;
import static org.koprogo.domain.coop.CoopAssertions.assertNotPermitted;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.AUDITOR;
import static org.koprogo.domain.coop.CoopFixtures.M1;
import static org.koprogo.domain.coop.CoopFixtures.M2;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.TODAY;
import static org.koprogo.domain.coop.CoopFixtures.emptyLedger;
import static org.koprogo.domain.coop.CoopFixtures.entry;
import static org.koprogo.domain.coop.CoopFixtures.eur;
import static org.koprogo.domain.coop.CoopFixtures.key;
import static org.koprogo.domain.coop.CoopFixtures.ledgerWithDeclaration;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.PaymentStatus;
import org.koprogo.domain.coop.event.AuditEvent;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.FundsCalled;
import org.koprogo.domain.coop.event.PenaltyApplied;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Money;

class LedgerTest {
  private static final EntryId D1 = entry("D1");

  @Test
  void recordsADeclarationAsPending() {
    Ledger ledger = ledgerWithDeclaration();

    assertThat(ledger.status(D1)).isEqualTo(ContributionStatus.PENDING);
    assertThat(ledger.balance(M1)).isEqualTo(eur("0.00"));
    assertThat(ledger.payments()).extracting(p -> p.status()).containsExactly(PaymentStatus.PENDING);
  }

  @Test
  void recordsTheSameDeclarationTwiceOnlyOnce() {
    Ledger ledger = ledgerWithDeclaration();

    Change<Ledger> again =
        ledger.declare(D1, key("k-D1"), M1, eur("500.00"), TODAY, "bank-statement-17", Actor.member(M1), AT.plusSeconds(5));

    assertThat(again.isUnchanged()).isTrue();
    assertThat(again.after()).isSameAs(ledger);
  }

  @Test
  void refusesAnotherRecordUnderAUsedKey() {
    Ledger ledger = ledgerWithDeclaration();

    assertFails(
        () -> ledger.declare(entry("D2"), key("k-D1"), M1, eur("400.00"), TODAY, "p", Actor.member(M1), AT),
        ErrorCode.IDEMPOTENCY_CONFLICT);
    assertFails(
        () -> ledger.declare(D1, key("k-other"), M1, eur("500.00"), TODAY, "p", Actor.member(M1), AT),
        ErrorCode.IDEMPOTENCY_CONFLICT);
  }

  @Test
  void confirmingTwiceUnderTheSameKeyIsHarmless() {
    Ledger confirmed = ledgerWithDeclaration().confirm(entry("C1"), key("k-C1"), D1, MANAGER, AT).after();

    Change<Ledger> again = confirmed.confirm(entry("C1"), key("k-C1"), D1, MANAGER, AT);

    assertThat(again.isUnchanged()).isTrue();
    assertThat(confirmed.balance(M1)).isEqualTo(eur("500.00"));
  }

  @Test
  void correctsAConfirmedContributionWithAReversingEntryOnly() {
    Ledger confirmed = ledgerWithDeclaration().confirm(entry("C1"), key("k-C1"), D1, MANAGER, AT).after();

    Ledger reversed = confirmed.reverse(entry("V1"), key("k-V1"), D1, "booked twice", MANAGER, AT).after();

    assertThat(reversed.entries().subList(0, 2)).isEqualTo(confirmed.entries());
    assertThat(reversed.entries().get(2).kind()).isEqualTo(EntryKind.CONTRIBUTION_REVERSED);
    assertThat(reversed.balance(M1)).isEqualTo(eur("0.00"));
    assertThat(reversed.payments()).extracting(p -> p.status()).containsExactly(PaymentStatus.REJECTED);
  }

  @Test
  void auditsAConfirmationWithItsStatusBeforeAndAfter() {
    Change<Ledger> change = ledgerWithDeclaration().confirm(entry("C1"), key("k-C1"), D1, MANAGER, AT);

    AuditEvent audit = change.eventsOf(AuditEvent.class).get(0);
    assertThat(audit.action()).isEqualTo("ContributionConfirmed");
    assertThat(audit.before()).isEqualTo("PENDING");
    assertThat(audit.after()).isEqualTo("CONFIRMED");
    assertThat(audit.actor()).isEqualTo("u-manager");
    assertThat(audit.subject()).isEqualTo("ledger:D1");
  }

  @Test
  void requiresAReasonToRejectOrReverse() {
    Ledger ledger = ledgerWithDeclaration();

    assertFails(() -> ledger.reject(entry("R1"), key("k-R1"), D1, " ", MANAGER, AT), ErrorCode.MISSING_FIELD);
  }

  @Test
  void refusesToResolveSomethingThatIsNotADeclaration() {
    Ledger ledger = emptyLedger().callFunds(entry("F1"), key("k-F1"), M1, "2026-06", TODAY, eur("100.00"), MANAGER, AT).after();

    assertFails(() -> ledger.confirm(entry("C1"), key("k-C1"), entry("F1"), MANAGER, AT), ErrorCode.UNKNOWN_ENTRY);
    assertFails(() -> ledger.confirm(entry("C1"), key("k-C1"), entry("nope"), MANAGER, AT), ErrorCode.UNKNOWN_ENTRY);
  }

  @Test
  void refusesANonPositiveDeclarationAndADeclarationWithoutProof() {
    Ledger ledger = emptyLedger();

    assertFails(() -> ledger.declare(D1, key("k"), M1, eur("0.00"), TODAY, "p", Actor.member(M1), AT), ErrorCode.NONPOSITIVE_PAYMENT);
    assertFails(() -> ledger.declare(D1, key("k"), M1, eur("1.00"), TODAY, "", Actor.member(M1), AT), ErrorCode.MISSING_FIELD);
    assertFails(
        () -> ledger.declare(D1, key("k"), M1, Money.parse("1", java.util.Currency.getInstance("JPY")), TODAY, "p", Actor.member(M1), AT),
        ErrorCode.CURRENCY_MISMATCH);
  }

  @Test
  void letsAMemberDeclareOnlyForThemselvesAndNeverConfirm() {
    Ledger ledger = ledgerWithDeclaration();

    assertNotPermitted(() -> ledger.declare(entry("D2"), key("k2"), M2, eur("1.00"), TODAY, "p", Actor.member(M1), AT));
    assertNotPermitted(() -> ledger.confirm(entry("C1"), key("k-C1"), D1, Actor.member(M1), AT));
    assertNotPermitted(() -> ledger.confirm(entry("C1"), key("k-C1"), D1, AUDITOR, AT));
    assertNotPermitted(() -> ledger.declare(entry("D2"), key("k2"), M1, eur("1.00"), TODAY, "p", AUDITOR, AT));
  }

  @Test
  void callsFundsAndAppliesPenaltiesWithNotices() {
    Change<Ledger> called = emptyLedger().callFunds(entry("F1"), key("k-F1"), M1, "2026-06", TODAY, eur("100.00"), MANAGER, AT);
    Change<Ledger> penalised =
        called.after().applyPenalty(entry("P1"), key("k-P1"), M1, TODAY.plusDays(30), eur("2.50"), "late 2026-06", MANAGER, AT);

    assertThat(called.eventsOf(FundsCalled.class).get(0).key().toString())
        .isEqualTo("g1/CALL_FOR_FUNDS/installment:2026-06/member:m1/called");
    assertThat(penalised.eventsOf(PenaltyApplied.class).get(0).amount()).isEqualTo(eur("2.50"));
    assertThat(penalised.after().dues()).hasSize(1);
    assertThat(penalised.after().penalties()).hasSize(1);
  }

  @Test
  void countsConfirmedContributionsOfEveryMemberTowardsTheThreshold() {
    Ledger ledger = ledgerWithDeclaration()
        .confirm(entry("C1"), key("k-C1"), D1, MANAGER, AT).after()
        .declare(entry("D2"), key("k-D2"), M2, eur("250.00"), TODAY, "p", Actor.member(M2), AT).after()
        .confirm(entry("C2"), key("k-C2"), entry("D2"), MANAGER, AT).after()
        .declare(entry("D3"), key("k-D3"), M2, eur("999.00"), TODAY, "p", Actor.member(M2), AT).after();

    assertThat(ledger.confirmedTotal()).isEqualTo(eur("750.00"));
  }
}
