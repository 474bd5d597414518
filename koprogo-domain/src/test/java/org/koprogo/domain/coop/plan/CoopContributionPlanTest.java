/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.coop.CoopAssertions.assertFails;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.M1;
import static org.koprogo.domain.coop.CoopFixtures.M2;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.emptyLedger;
import static org.koprogo.domain.coop.CoopFixtures.eur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.FundsCalled;
import org.koprogo.domain.coop.event.PenaltyApplied;
import org.koprogo.domain.coop.ledger.EntryId;
import org.koprogo.domain.coop.ledger.EntryKind;
import org.koprogo.domain.coop.ledger.IdempotencyKey;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.coop.ledger.LedgerEntry;
import org.koprogo.domain.indexation.ContributionInstallment;
import org.koprogo.domain.indexation.ContributionPlan;
import org.koprogo.domain.indexation.Indexation;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.PenaltyAssessment;
import org.koprogo.domain.penalty.PenaltyRate;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Money;

class CoopContributionPlanTest {
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 31);

  /** 4 quarterly installments of 5,000.00 growing 2% a quarter; 7.3% a year if late. */
  static CoopContributionPlan plan() {
    ContributionPlan schedule =
        ContributionPlan.of(FIRST, 3, 4, eur("5000.00"), Indexation.compound(new BigDecimal("2")));
    LatePenaltyPolicy late =
        LatePenaltyPolicy.simpleInterest(PenaltyRate.fromStatutes(new BigDecimal("7.3"), "internal rules art. 12"), Money.EUR);
    return new CoopContributionPlan("plan-2026", schedule, List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 30)), late);
  }

  @Test
  void pricesTheInstallmentsByTheIndexationRules() {
    List<ContributionInstallment> installments = plan().installments();

    assertThat(installments).extracting(ContributionInstallment::amount)
        .containsExactly(eur("5000.00"), eur("5100.00"), eur("5202.00"), eur("5306.04"));
    assertThat(installments).extracting(ContributionInstallment::dueDate)
        .containsExactly(FIRST, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 10, 31));
  }

  @Test
  void labelsThePlanWithItsLatestVersion() {
    CoopContributionPlan plan = plan();
    CoopContributionPlan revised =
        new CoopContributionPlan(
            plan.reference(),
            plan.schedule().withVersion(LocalDate.of(2026, 7, 1), eur("5500.00"), Indexation.fixed(), "GA 2026-06"),
            plan.cutoffs(), plan.latePolicy());

    assertThat(plan.label()).isEqualTo("plan-2026/v1");
    assertThat(revised.label()).isEqualTo("plan-2026/v2");
    assertThat(revised.installments().get(2).amount()).isEqualTo(eur("5500.00"));
  }

  @Test
  void sortsTheCutoffsAndFindsTheNextOne() {
    CoopContributionPlan plan = plan();

    assertThat(plan.cutoffs()).containsExactly(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31));
    assertThat(plan.nextCutoff(LocalDate.of(2026, 6, 30))).contains(LocalDate.of(2026, 6, 30));
    assertThat(plan.nextCutoff(LocalDate.of(2026, 7, 1))).contains(LocalDate.of(2026, 12, 31));
    assertThat(plan.nextCutoff(LocalDate.of(2027, 1, 1))).isEmpty();
  }

  @Test
  void callsAnInstallmentFromEveryMemberOnce() {
    CoopContributionPlan plan = plan();

    Change<Ledger> first = plan.call(2, List.of(M1, M2), emptyLedger(), MANAGER, AT);
    Change<Ledger> again = plan.call(2, List.of(M1, M2), first.after(), MANAGER, AT);

    assertThat(first.after().dues()).extracting(d -> d.amount()).containsExactly(eur("5100.00"), eur("5100.00"));
    assertThat(first.eventsOf(FundsCalled.class)).extracting(f -> f.key().toString())
        .containsExactly(
            "g1/CALL_FOR_FUNDS/installment:plan-2026/2/member:m1/called",
            "g1/CALL_FOR_FUNDS/installment:plan-2026/2/member:m2/called");
    assertThat(again.isUnchanged()).isTrue();
    assertThat(again.after()).isEqualTo(first.after());
  }

  @Test
  void refusesAnInstallmentThePlanDoesNotHave() {
    assertFails(() -> plan().call(5, List.of(M1), emptyLedger(), MANAGER, AT), ErrorCode.INVALID_TERM);
  }

  @Test
  void chargesTheLatePenaltyOncePerDayAndOnlyItsIncrease() {
    CoopContributionPlan plan = plan();
    Ledger ledger = plan.call(1, List.of(M1), emptyLedger(), MANAGER, AT).after();
    LocalDate day30 = FIRST.plusDays(30);
    LocalDate day60 = FIRST.plusDays(60);

    Change<Ledger> at30 = plan.chargePenalties(M1, ledger, day30, MANAGER, AT);
    Change<Ledger> at30Again = plan.chargePenalties(M1, at30.after(), day30, MANAGER, AT);
    Change<Ledger> at60 = plan.chargePenalties(M1, at30.after(), day60, MANAGER, AT);

    // 5,000.00 x 7.3% x 30 / 365 = 30.00
    assertThat(at30.eventsOf(PenaltyApplied.class)).extracting(PenaltyApplied::amount).containsExactly(eur("30.00"));
    assertThat(at30Again.isUnchanged()).isTrue();
    assertThat(at60.eventsOf(PenaltyApplied.class)).extracting(PenaltyApplied::amount).containsExactly(eur("30.00"));
    assertThat(at60.after().penalties()).extracting(p -> p.amount()).containsExactly(eur("30.00"), eur("30.00"));
  }

  @Test
  void assessesPaymentsAgainstTheOldestInstallmentFirst() {
    CoopContributionPlan plan = plan();
    Ledger ledger = plan.call(1, List.of(M1), emptyLedger(), MANAGER, AT).after();
    ledger = plan.call(2, List.of(M1), ledger, MANAGER, AT).after();
    ledger = ledger.declare(EntryId.of("D1"), IdempotencyKey.of("k-D1"), M1, eur("5000.00"), FIRST.plusDays(10), "transfer", Actor.member(M1), AT).after();
    ledger = ledger.confirm(EntryId.of("C1"), IdempotencyKey.of("k-C1"), EntryId.of("D1"), MANAGER, AT).after();

    List<PenaltyAssessment> assessments = plan.assess(M1, ledger, LocalDate.of(2026, 4, 30));

    assertThat(assessments).extracting(PenaltyAssessment::daysLate).containsExactly(10, 0);
    assertThat(assessments.get(0).outstandingPrincipal()).isEqualTo(eur("0.00"));
    assertThat(assessments.get(1).late()).isFalse();
    assertThat(ledger.entries()).extracting(LedgerEntry::kind).startsWith(EntryKind.DUE, EntryKind.DUE);
  }
}
