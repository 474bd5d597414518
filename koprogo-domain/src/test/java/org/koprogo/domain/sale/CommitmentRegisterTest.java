/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.accounting.BooksFixtures.BRUNO;
import static org.koprogo.domain.accounting.BooksFixtures.eur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.accounting.BooksFixtures;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.DistributionKeys;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/** The register of commitments (art. 3.94 §2) and what the notary is told of it (docs/sale-of-a-lot.md). */
class CommitmentRegisterTest {
  private static final LotId A1 = LotId.of("A1");
  private static final LotId B1 = LotId.of("B1");
  private static final LotId C1 = LotId.of("C1");
  private static final List<LotId> LOTS = List.of(A1, B1, C1);
  private static final DistributionKey GENERAL = new DistributionKey("general", shares(500, 300, 200));
  private static final LocalDate TRANSFER = LocalDate.of(2026, 11, 16);

  private static Map<LotId, BigDecimal> shares(long a, long b, long c) {
    Map<LotId, BigDecimal> m = new LinkedHashMap<>();
    m.put(A1, BigDecimal.valueOf(a));
    m.put(B1, BigDecimal.valueOf(b));
    m.put(C1, BigDecimal.valueOf(c));
    return m;
  }

  private static Commitment commitment(String id, CommitmentKind kind, LocalDate decidedOn, LocalDate calledOn,
      Money total) {
    return new Commitment(id, kind, decidedOn, DecisionMaker.GENERAL_ASSEMBLY, "ga-2026", "item-4", id, total,
        List.of(), calledOn);
  }

  private static CommitmentRegister register(Commitment... commitments) {
    return new CommitmentRegister(List.of(commitments), LOTS, GENERAL);
  }

  @Test
  void listsWhatWasDecidedBeforeTheTransferAndIsAskedFromItOrNotYet() {
    CommitmentRegister register = register(
        commitment("facade", CommitmentKind.WORKS, LocalDate.of(2026, 6, 1), null, eur(1_200_001)),
        commitment("lift", CommitmentKind.WORKS, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 15), eur(10_000)),
        commitment("roof", CommitmentKind.URGENT_WORKS, LocalDate.of(2026, 10, 2), TRANSFER, eur(90_000)),
        commitment("garden", CommitmentKind.COMMON_PARTS_ACQUISITION, LocalDate.of(2026, 3, 1),
            LocalDate.of(2027, 1, 1), eur(2_000_000)),
        commitment("later", CommitmentKind.WORKS, TRANSFER, null, eur(50_000)),
        new Commitment("claim", CommitmentKind.LITIGATION_DEBT, LocalDate.of(2025, 2, 1), DecisionMaker.SYNDIC,
            null, null, "damages to the neighbour", eur(333_333), List.of(), null));

    List<CommitmentShare> pending = register.pendingFor(B1, TRANSFER);

    // the lift was asked the day before: the seller paid it; "later" was decided on the transfer date
    assertThat(pending).extracting(c -> c.commitment().id()).containsExactly("facade", "roof", "garden", "claim");
    // 300 / 1,000 by largest remainder: 12,000.01 x 0.3 = 3,600.003
    assertThat(pending.get(0).lotShare()).isEqualTo(eur(360_000));
    assertThat(pending.get(1).lotShare()).isEqualTo(eur(27_000));
    assertThat(pending.get(2).lotShare()).isEqualTo(eur(600_000));
    assertThat(pending.get(3).lotShare()).isEqualTo(eur(100_000));
  }

  @Test
  void aSpecialKeyLeavesOutTheLotsItDoesNotWeigh() {
    DistributionKey elevator = DistributionKeys.special("elevator", Map.of(A1, BigDecimal.ONE, C1, BigDecimal.ONE));
    Commitment lift = new Commitment("lift", CommitmentKind.WORKS, LocalDate.of(2026, 6, 1),
        DecisionMaker.GENERAL_ASSEMBLY, null, null, "elevator modernisation", eur(1_001),
        List.of(new KeyShare(BigDecimal.ONE, elevator)), null);

    assertThat(register(lift).pendingFor(B1, TRANSFER).get(0).lotShare()).isEqualTo(eur(0));
    assertThat(register(lift).pendingFor(A1, TRANSFER).get(0).lotShare().plus(
        register(lift).pendingFor(C1, TRANSFER).get(0).lotShare())).isEqualTo(eur(1_001));
    assertThat(lift.keyDescription()).isEqualTo("elevator");
  }

  @Test
  void theSaleInformationGroupsTheRegisterByItemOfParagraphTwo() {
    LotId lot = LotId.of("B1");
    CommitmentRegister register = new CommitmentRegister(List.of(
        commitment("claim", CommitmentKind.LITIGATION_DEBT, LocalDate.of(2025, 2, 1), null, eur(100_000)),
        commitment("facade", CommitmentKind.WORKS, LocalDate.of(2026, 6, 1), null, eur(1_200_001))),
        List.of(LotId.of("A1"), lot), new DistributionKey("general", Map.of(LotId.of("A1"), BigDecimal.valueOf(600),
            lot, BigDecimal.valueOf(400))));

    SaleInformation info = SaleOfALot.information(BooksFixtures.demoYear(), lot, BRUNO, Fraction.of(400, 1000),
        TRANSFER, CallFrequency.QUARTERLY, register, List.of(), List.of());

    assertThat(info.commitments()).extracting(c -> c.commitment().kind())
        .containsExactly(CommitmentKind.WORKS, CommitmentKind.LITIGATION_DEBT);
    assertThat(info.commitmentsTotal(CommitmentKind.WORKS)).isEqualTo(eur(480_000));
    assertThat(info.commitmentsTotal(CommitmentKind.LITIGATION_DEBT)).isEqualTo(eur(40_000));
    assertThat(info.commitments(CommitmentKind.URGENT_WORKS)).isEmpty();
    assertThat(info.worksNotYetCalled()).isEmpty();
    assertThat(info.arrears()).isEqualTo(eur(50000));
  }

  @Test
  void callingIsOnceAndNotBeforeTheDecision() {
    Commitment facade = commitment("facade", CommitmentKind.WORKS, LocalDate.of(2026, 6, 1), null, eur(100));
    Commitment called = facade.calledOn(LocalDate.of(2026, 12, 1));

    assertThat(called.calledOn(LocalDate.of(2026, 12, 1))).isEqualTo(called);
    assertThat(called.pendingAt(TRANSFER)).isTrue();
    assertThat(called.pendingAt(LocalDate.of(2026, 12, 2))).isFalse();
    assertThatThrownBy(() -> called.calledOn(LocalDate.of(2026, 12, 2)))
        .isInstanceOf(KoproGoException.class)
        .satisfies(e -> assertThat(((KoproGoException) e).code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT));
    assertThatThrownBy(() -> facade.calledOn(LocalDate.of(2026, 5, 31)))
        .satisfies(e -> assertThat(((KoproGoException) e).code()).isEqualTo(ErrorCode.INVALID_DATE));
  }

  @Test
  void refusesWhatTheLawOrTheBoundsDoNotAllow() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertRefused(() -> new Commitment("buy", CommitmentKind.COMMON_PARTS_ACQUISITION, d, DecisionMaker.SYNDIC, null,
        null, "cellar", eur(100), List.of(), null), ErrorCode.INVALID_FIELD, "decidedBy");
    assertRefused(() -> new Commitment("roof", CommitmentKind.URGENT_WORKS, d, DecisionMaker.SYNDIC, "ga-1", null,
        "roof", eur(100), List.of(), null), ErrorCode.INVALID_FIELD, "assembly");
    assertRefused(() -> new Commitment("roof", CommitmentKind.WORKS, d, DecisionMaker.GENERAL_ASSEMBLY, null, "4",
        "roof", eur(100), List.of(), null), ErrorCode.INVALID_FIELD, "agendaItem");
    assertRefused(() -> new Commitment("roof works", CommitmentKind.WORKS, d, DecisionMaker.GENERAL_ASSEMBLY, null,
        null, "roof", eur(100), List.of(), null), ErrorCode.INVALID_FIELD, "id");
    assertRefused(() -> new Commitment("roof", CommitmentKind.WORKS, d, DecisionMaker.GENERAL_ASSEMBLY, null,
        null, " ", eur(100), List.of(), null), ErrorCode.INVALID_FIELD, "label");
    assertRefused(() -> new Commitment("roof", CommitmentKind.WORKS, d, DecisionMaker.GENERAL_ASSEMBLY, null,
        null, "x".repeat(501), eur(100), List.of(), null), ErrorCode.INVALID_FIELD, "label");
    assertRefused(() -> new Commitment("roof", CommitmentKind.WORKS, d, DecisionMaker.GENERAL_ASSEMBLY, null,
        null, "roof", eur(0), List.of(), null), ErrorCode.INVALID_AMOUNT, "total");
    assertRefused(() -> register(commitment("a", CommitmentKind.WORKS, d, null, eur(1)),
        commitment("a", CommitmentKind.WORKS, d, null, eur(2))), ErrorCode.IDEMPOTENCY_CONFLICT, "id");
    DistributionKey longName = DistributionKeys.special("k".repeat(201), Map.of(A1, BigDecimal.ONE));
    assertRefused(() -> new Commitment("roof", CommitmentKind.WORKS, d, DecisionMaker.GENERAL_ASSEMBLY, null,
        null, "roof", eur(100), List.of(new KeyShare(BigDecimal.ONE, longName)), null), ErrorCode.INVALID_FIELD, "key");
    DistributionKey longWeight = DistributionKeys.special("k", Map.of(A1, new BigDecimal("1E-70")));
    assertRefused(() -> new Commitment("roof", CommitmentKind.WORKS, d, DecisionMaker.GENERAL_ASSEMBLY, null,
        null, "roof", eur(100), List.of(new KeyShare(BigDecimal.ONE, longWeight)), null), ErrorCode.INVALID_FIELD,
        "key");
    assertRefused(() -> CommitmentKind.parse("Works"), ErrorCode.INVALID_FIELD, "kind");
    assertThat(CommitmentKind.parse("urgent-works")).isEqualTo(CommitmentKind.URGENT_WORKS);
    assertThat(CommitmentKind.parse("LITIGATION_DEBT").item()).isEqualTo(4);
    assertThat(DecisionMaker.parse("general-assembly")).isEqualTo(DecisionMaker.GENERAL_ASSEMBLY);
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code,
      String field) {
    assertThatThrownBy(call).isInstanceOf(KoproGoException.class).satisfies(e -> {
      assertThat(((KoproGoException) e).code()).isEqualTo(code);
      assertThat(((KoproGoException) e).details()).containsEntry("field", field);
    });
  }
}
