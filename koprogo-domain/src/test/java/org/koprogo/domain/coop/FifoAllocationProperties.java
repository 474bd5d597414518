/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Money;
import org.quicktheories.core.Gen;

/** Fairness invariants of FIFO allocation over generated rounds. */
class FifoAllocationProperties {
  private static final LocalDate CUTOFF = LocalDate.of(2026, 6, 30);

  /** A generated round: each member is one integer code, each lot one availability bit. */
  record Scenario(List<Integer> memberCodes, List<Boolean> lots, int rotation) {
    AllocationRound round() {
      List<OfferedLot> offered = new ArrayList<>();
      for (int l = 0; l < lots.size(); l++) {
        offered.add(new OfferedLot(LotId.of("L" + l), lots.get(l)));
      }
      List<Applicant> applicants = new ArrayList<>();
      List<Due> dues = new ArrayList<>();
      List<Payment> payments = new ArrayList<>();
      for (int i = 0; i < memberCodes.size(); i++) {
        int c = memberCodes.get(i);
        MemberId id = MemberId.of("m" + i);
        MemberStatus status = c % 5 == 4 ? MemberStatus.values()[(c / 5) % 4] : MemberStatus.ACTIVE;
        List<LotId> prefs = new ArrayList<>();
        int wanted = lots.isEmpty() ? 0 : (c / 20) % 4;
        for (int k = 0; k < wanted; k++) {
          prefs.add(LotId.of("L" + ((c / (80 + k)) % lots.size())));
        }
        long rank = ((long) (i + rotation) % memberCodes.size()) * 3 + 1;
        applicants.add(new Applicant(id, Rank.of(rank), status, prefs));
        dues.add(new Due(id, CUTOFF.minusDays(c % 3), Money.ofMinor(Money.EUR, 10_000)));
        if ((c / 7) % 3 != 0) {
          payments.add(Payment.confirmed(id, CUTOFF, Money.ofMinor(Money.EUR, 10_000)));
        } else if (c % 2 == 0) {
          payments.add(new Payment(id, CUTOFF, Money.ofMinor(Money.EUR, 10_000), PaymentStatus.PENDING));
        }
      }
      return new AllocationRound(CUTOFF, Money.EUR, applicants, offered, dues, List.of(), payments);
    }
  }

  private static Gen<Scenario> scenarios() {
    return lists()
        .of(integers().between(0, 1_000_000))
        .ofSizeBetween(0, 14)
        .zip(
            lists().of(integers().between(0, 4).map(b -> b != 0)).ofSizeBetween(0, 10),
            integers().between(0, 13),
            Scenario::new);
  }

  private static AllocationPlan allocate(AllocationRound round) {
    return FifoAllocation.withTolerance(Money.zero(Money.EUR)).allocate(round);
  }

  @Test
  void countingPendingPaymentsNeverMakesAnEligibleMemberIneligible() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              AllocationRound round = s.round();
              FifoAllocation strict = FifoAllocation.withTolerance(Money.zero(Money.EUR));
              AllocationPlan without = strict.allocate(round);
              AllocationPlan with = strict.withPendingPayments(PendingPayments.COUNTED).allocate(round);
              for (MemberAllocation m : without.members()) {
                if (m.eligibility().eligible()) {
                  assertThat(with.of(m.member()).orElseThrow().eligibility().eligible()).isTrue();
                }
              }
            });
  }

  @Test
  void neverGivesALotToAnIneligibleMember() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              for (MemberAllocation m : allocate(s.round()).members()) {
                if (!m.eligibility().eligible()) {
                  assertThat(m.lot()).isEmpty();
                }
              }
            });
  }

  @Test
  void neverGivesTheSameLotToTwoMembersNorAnUnavailableLot() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              AllocationRound round = s.round();
              Set<LotId> available = new HashSet<>();
              round.lots().stream().filter(OfferedLot::available).forEach(l -> available.add(l.id()));
              AllocationPlan plan = allocate(round);
              List<LotId> given = new ArrayList<>(plan.allotments().values());
              assertThat(given).doesNotHaveDuplicates();
              assertThat(available).containsAll(given);
              Set<LotId> accounted = new HashSet<>(given);
              accounted.addAll(plan.unallocatedLots());
              assertThat(accounted).isEqualTo(available);
              assertThat(given.size() + plan.unallocatedLots().size()).isEqualTo(available.size());
            });
  }

  @Test
  void neverGivesALotOutsideTheMembersPreferences() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              AllocationRound round = s.round();
              AllocationPlan plan = allocate(round);
              for (Applicant a : round.applicants()) {
                MemberAllocation m = plan.of(a.id()).orElseThrow();
                if (a.hasPreferences() && m.lot().isPresent()) {
                  assertThat(a.preferences()).contains(m.lot().get());
                }
              }
            });
  }

  @Test
  void aBetterRankWithTheSamePreferencesIsNeverWorseOff() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              AllocationRound round = s.round();
              AllocationPlan plan = allocate(round);
              List<LotId> order = round.lots().stream().map(OfferedLot::id).toList();
              for (Applicant a : round.applicants()) {
                for (Applicant b : round.applicants()) {
                  MemberAllocation ma = plan.of(a.id()).orElseThrow();
                  MemberAllocation mb = plan.of(b.id()).orElseThrow();
                  if (a.rank().isBefore(b.rank())
                      && a.preferences().equals(b.preferences())
                      && ma.eligibility().eligible()
                      && mb.lot().isPresent()) {
                    assertThat(ma.lot()).isPresent();
                    List<LotId> scale = a.hasPreferences() ? a.preferences() : order;
                    assertThat(scale.indexOf(ma.lot().get())).isLessThan(scale.indexOf(mb.lot().get()));
                  }
                }
              }
            });
  }

  @Test
  void theOrderInWhichMembersAreListedDoesNotMatter() {
    qt().forAll(scenarios(), integers().between(0, 1000))
        .checkAssert(
            (s, seed) -> {
              AllocationRound round = s.round();
              List<Applicant> shuffled = new ArrayList<>(round.applicants());
              Collections.shuffle(shuffled, new java.util.Random(seed));
              AllocationRound reordered =
                  new AllocationRound(
                      round.cutoff(), round.currency(), shuffled, round.lots(), round.dues(),
                      round.penalties(), round.payments());
              Map<MemberId, MemberAllocation> before = byMember(allocate(round));
              Map<MemberId, MemberAllocation> after = byMember(allocate(reordered));
              assertThat(after).isEqualTo(before);
            });
  }

  @Test
  void aLargerToleranceNeverMakesAnEligibleMemberIneligible() {
    qt().forAll(scenarios(), integers().between(0, 20_000))
        .checkAssert(
            (s, cents) -> {
              AllocationRound round = s.round();
              AllocationPlan strict = allocate(round);
              AllocationPlan lenient =
                  FifoAllocation.withTolerance(Money.ofMinor(Money.EUR, cents)).allocate(round);
              for (MemberAllocation m : strict.members()) {
                if (m.eligibility().eligible()) {
                  assertThat(lenient.of(m.member()).orElseThrow().eligibility().eligible()).isTrue();
                }
                assertThat(lenient.of(m.member()).orElseThrow().eligibility().arrears())
                    .isEqualTo(m.eligibility().arrears());
              }
            });
  }

  @Test
  void aConfirmedPaymentNeverRaisesArrears() {
    qt().forAll(scenarios(), integers().between(1, 50_000))
        .checkAssert(
            (s, cents) -> {
              AllocationRound round = s.round();
              if (round.applicants().isEmpty()) {
                return;
              }
              MemberId payer = round.applicants().get(0).id();
              List<Payment> more = new ArrayList<>(round.payments());
              more.add(Payment.confirmed(payer, CUTOFF, Money.ofMinor(Money.EUR, cents)));
              AllocationRound paid =
                  new AllocationRound(
                      round.cutoff(), round.currency(), round.applicants(), round.lots(), round.dues(),
                      round.penalties(), more);
              EligibilityDecision before = allocate(round).of(payer).orElseThrow().eligibility();
              EligibilityDecision after = allocate(paid).of(payer).orElseThrow().eligibility();
              assertThat(after.arrears().compareTo(before.arrears())).isLessThanOrEqualTo(0);
              if (before.eligible()) {
                assertThat(after.eligible()).isTrue();
              }
            });
  }

  @Test
  void aggregatesTheLedgerLikeAMemberByMemberSum() {
    qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 60))
        .checkAssert(
            codes -> {
              List<MemberId> members = List.of(MemberId.of("a"), MemberId.of("b"), MemberId.of("c"));
              List<Due> dues = new ArrayList<>();
              List<Penalty> penalties = new ArrayList<>();
              List<Payment> payments = new ArrayList<>();
              for (int c : codes) {
                MemberId m = members.get(c % 3);
                LocalDate date = CUTOFF.plusDays((c / 3) % 5 - 2);
                Money amount = Money.ofMinor(Money.EUR, 1 + c % 997);
                switch ((c / 15) % 3) {
                  case 0 -> dues.add(new Due(m, date, amount));
                  case 1 -> penalties.add(new Penalty(m, date, amount));
                  default ->
                      payments.add(new Payment(m, date, amount, PaymentStatus.values()[(c / 45) % 3]));
                }
              }
              Map<MemberId, Standing> standings =
                  Standings.at(CUTOFF, Money.EUR, members, dues, penalties, payments);
              for (MemberId m : members) {
                long owed =
                    dues.stream().filter(d -> d.member().equals(m) && !d.dueDate().isAfter(CUTOFF))
                            .mapToLong(d -> d.amount().minorUnits()).sum()
                        + penalties.stream().filter(p -> p.member().equals(m) && !p.date().isAfter(CUTOFF))
                            .mapToLong(p -> p.amount().minorUnits()).sum();
                long paid =
                    payments.stream()
                        .filter(p -> p.member().equals(m) && !p.valueDate().isAfter(CUTOFF)
                            && p.status() == PaymentStatus.CONFIRMED)
                        .mapToLong(p -> p.amount().minorUnits()).sum();
                assertThat(standings.get(m).owed().minorUnits()).isEqualTo(owed);
                assertThat(standings.get(m).paid().minorUnits()).isEqualTo(paid);
                assertThat(standings.get(m).arrears().minorUnits()).isEqualTo(Math.max(0, owed - paid));
              }
            });
  }

  private static Map<MemberId, MemberAllocation> byMember(AllocationPlan plan) {
    Map<MemberId, MemberAllocation> result = new HashMap<>();
    plan.members().forEach(m -> result.put(m.member(), m));
    return result;
  }
}
