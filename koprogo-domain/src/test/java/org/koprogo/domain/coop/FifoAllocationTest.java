/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.coop.AllocationFixtures.CUTOFF;
import static org.koprogo.domain.coop.AllocationFixtures.eur;
import static org.koprogo.domain.coop.AllocationFixtures.id;
import static org.koprogo.domain.coop.AllocationFixtures.lot;
import static org.koprogo.domain.coop.AllocationFixtures.round;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class FifoAllocationTest {

  @Test
  void servesTheBestRankFirstWhateverTheInputOrder() {
    AllocationFixtures.RoundBuilder round = round().member("late", 9, "A1").member("early", 2, "A1").lots("A1");

    AllocationPlan plan = round.allocate();

    assertThat(plan.allotments()).containsExactly(java.util.Map.entry(id("early"), lot("A1")));
    assertThat(plan.of(id("late")).orElseThrow().outcome()).isEqualTo(AllocationOutcome.WAITLISTED);
  }

  @Test
  void neverGivesAMemberALotTheyDidNotAskFor() {
    AllocationFixtures.RoundBuilder round = round().member("h1", 1, "A1").member("h2", 2, "A1").lots("A1", "A2");

    AllocationPlan plan = round.allocate();

    assertThat(plan.of(id("h2")).orElseThrow().lot()).isEmpty();
    assertThat(plan.unallocatedLots()).containsExactly(lot("A2"));
  }

  @Test
  void givesAMemberWithoutPreferencesTheFirstFreeLotInProjectOrder() {
    AllocationFixtures.RoundBuilder round =
        round().member("h1", 1, "B").member("h2", 2).unavailableLot("A").lots("B", "C");

    AllocationPlan plan = round.allocate();

    assertThat(plan.of(id("h2")).orElseThrow().lot()).contains(lot("C"));
    assertThat(plan.unallocatedLots()).isEmpty();
  }

  @Test
  void checksTheStatusBeforeTheArrears() {
    AllocationFixtures.RoundBuilder round =
        round().member("h1", 1, MemberStatus.SUSPENDED).due("h1", CUTOFF, "10.00").lots("A1");

    MemberAllocation h1 = round.allocate().of(id("h1")).orElseThrow();

    assertThat(h1.eligibility().reason()).contains(Ineligibility.NOT_ACTIVE);
    assertThat(h1.eligibility().arrears()).isEqualTo(eur("10.00"));
    assertThat(h1.outcome()).isEqualTo(AllocationOutcome.INELIGIBLE);
  }

  @Test
  void forgivesAGapUpToTheToleranceOnly() {
    AllocationFixtures.RoundBuilder round =
        round()
            .member("h1", 1)
            .member("h2", 2)
            .due("h1", CUTOFF, "100.00")
            .due("h2", CUTOFF, "100.00")
            .paid("h1", CUTOFF, "95.00")
            .paid("h2", CUTOFF, "94.99")
            .lots("A1", "A2");

    AllocationPlan plan = round.allocate("5.00");

    assertThat(plan.of(id("h1")).orElseThrow().eligibility().eligible()).isTrue();
    assertThat(plan.of(id("h2")).orElseThrow().eligibility().reason()).contains(Ineligibility.IN_ARREARS);
  }

  @Test
  void countsOnlyConfirmedPaymentsValuedByTheCutoff() {
    AllocationFixtures.RoundBuilder round =
        round()
            .member("h1", 1)
            .due("h1", CUTOFF.minusDays(10), "300.00")
            .payment("h1", CUTOFF.minusDays(10), "100.00", PaymentStatus.PENDING)
            .payment("h1", CUTOFF.minusDays(10), "100.00", PaymentStatus.REJECTED)
            .paid("h1", CUTOFF.plusDays(1), "100.00")
            .paid("h1", CUTOFF, "50.00")
            .lots("A1");

    MemberAllocation h1 = round.allocate().of(id("h1")).orElseThrow();

    assertThat(h1.eligibility().arrears()).isEqualTo(eur("250.00"));
  }

  @Test
  void countsPendingPaymentsOnlyWhenTheAllocationRulesSaySo() {
    AllocationRound round =
        round()
            .member("h1", 1)
            .due("h1", CUTOFF.minusDays(10), "300.00")
            .paid("h1", CUTOFF.minusDays(10), "200.00")
            .payment("h1", CUTOFF.minusDays(1), "100.00", PaymentStatus.PENDING)
            .payment("h1", CUTOFF.minusDays(1), "100.00", PaymentStatus.REJECTED)
            .lots("A1")
            .build();
    FifoAllocation byDefault = FifoAllocation.withTolerance(eur("0.00"));

    MemberAllocation strict = byDefault.allocate(round).of(id("h1")).orElseThrow();
    MemberAllocation lenient =
        byDefault.withPendingPayments(PendingPayments.COUNTED).allocate(round).of(id("h1")).orElseThrow();

    assertThat(byDefault.pending()).isEqualTo(PendingPayments.NOT_COUNTED);
    assertThat(strict.eligibility().reason()).contains(Ineligibility.IN_ARREARS);
    assertThat(strict.eligibility().arrears()).isEqualTo(eur("100.00"));
    assertThat(lenient.eligibility().eligible()).isTrue();
    assertThat(lenient.lot()).contains(lot("A1"));
  }

  @Test
  void reportsZeroArrearsForAMemberPaidAhead() {
    AllocationFixtures.RoundBuilder round =
        round().member("h1", 1).due("h1", CUTOFF, "10.00").paid("h1", CUTOFF, "60.00").lots("A1");

    MemberAllocation h1 = round.allocate().of(id("h1")).orElseThrow();

    assertThat(h1.eligibility().arrears()).isEqualTo(eur("0.00"));
    assertThat(h1.lot()).contains(lot("A1"));
  }

  @Test
  void refusesTwoMembersWithTheSameRank() {
    AllocationFixtures.RoundBuilder round = round().member("h1", 4).member("h2", 4);

    assertThatThrownBy(round::build)
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_RANK));
  }

  @Test
  void refusesARankBelowOne() {
    assertThatThrownBy(() -> Rank.of(0))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RANK));
  }

  @Test
  void refusesAPreferenceForALotOutsideTheRound() {
    AllocationFixtures.RoundBuilder round = round().member("h1", 1, "Z9").lots("A1");

    assertThatThrownBy(round::build)
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_LOT);
              assertThat(e.details()).containsEntry("value", "Z9");
            });
  }

  @Test
  void refusesALedgerEntryOfSomeoneOutsideTheRound() {
    AllocationFixtures.RoundBuilder round = round().member("h1", 1).paid("ghost", CUTOFF, "1.00");

    assertThatThrownBy(round::allocate)
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_MEMBER));
  }

  @Test
  void refusesAnEntryInAnotherCurrency() {
    AllocationRound round =
        new AllocationRound(
            CUTOFF, org.koprogo.domain.shared.Money.EUR,
            List.of(Applicant.of(id("h1"), Rank.of(1), MemberStatus.ACTIVE)), List.of(),
            List.of(new Due(id("h1"), CUTOFF, org.koprogo.domain.shared.Money.parse("5", java.util.Currency.getInstance("JPY")))),
            List.of(), List.of());

    assertThatThrownBy(() -> FifoAllocation.withTolerance(eur("0.00")).allocate(round))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
  }

  @Test
  void keepsTheRoundsMemberOrderInThePlan() {
    AllocationFixtures.RoundBuilder round = round().member("c", 3).member("a", 1).member("b", 2).lots("A1");

    AllocationPlan plan = round.allocate();

    assertThat(plan.members()).extracting(MemberAllocation::member).containsExactly(id("c"), id("a"), id("b"));
    assertThat(plan.of(id("nobody"))).isEqualTo(Optional.empty());
  }
}
