/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.ledger.EntryId;
import org.koprogo.domain.coop.ledger.IdempotencyKey;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.shared.Money;

/**
 * An allocation round over the members' sums at the cut-off ({@link AllocationRound#ofSums}, what
 * a store's running summary gives) decides exactly as the same round over every entry of the
 * ledger: the same standings, the same plan, under both options for PENDING payments, for random
 * ledgers with dues, penalties, declarations, confirmations, rejections and reversals valued
 * before and after the cut-off.
 */
class LedgerSumsProperties {
  private static final Currency EUR = Money.EUR;
  private static final Actor MANAGER = Actor.of("manager", Role.ORG_ADMIN);
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final Instant AT = Instant.parse("2026-01-01T09:00:00Z");

  @Test
  void aRoundOverTheSumsDecidesAsTheRoundOverEveryEntry() {
    qt()
        .withExamples(300)
        .forAll(longs().all())
        .checkAssert(seed -> {
          SplittableRandom random = new SplittableRandom(seed);
          int members = 1 + random.nextInt(8);
          Ledger ledger = randomLedger(random, members, random.nextInt(120));
          LocalDate cutoff = START.plusDays(random.nextInt(400));
          List<Applicant> applicants = new ArrayList<>();
          List<OfferedLot> lots = new ArrayList<>();
          for (int l = 0; l < 1 + random.nextInt(members + 1); l++) {
            lots.add(OfferedLot.available(LotId.of("L" + l)));
          }
          for (int m = 0; m < members; m++) {
            List<LotId> prefs = random.nextBoolean() ? List.of() : List.of(lots.get(random.nextInt(lots.size())).id());
            MemberStatus status = random.nextInt(6) == 0 ? MemberStatus.SUSPENDED : MemberStatus.ACTIVE;
            applicants.add(new Applicant(member(m), Rank.of(m + 1L), status, prefs));
          }
          Map<MemberId, LedgerSums> sums = ledger.sumsAt(cutoff);
          List<LedgerSums> ofApplicants = new ArrayList<>();
          for (Applicant a : applicants) {
            ofApplicants.add(sums.getOrDefault(a.id(), LedgerSums.zero(a.id(), EUR)));
          }
          AllocationRound full = new AllocationRound(cutoff, EUR, applicants, lots,
              ledger.dues(), ledger.penalties(), ledger.payments());
          AllocationRound summed = AllocationRound.ofSums(cutoff, EUR, applicants, lots, ofApplicants);
          Money tolerance = Money.ofMinor(EUR, random.nextInt(3) * 5_000L);
          for (PendingPayments pending : PendingPayments.values()) {
            assertThat(Standings.at(cutoff, EUR, summed.memberIds(), summed.dues(), summed.penalties(),
                    summed.payments(), pending))
                .isEqualTo(Standings.at(cutoff, EUR, full.memberIds(), full.dues(), full.penalties(),
                    full.payments(), pending));
            for (LedgerSums s : ofApplicants) {
              assertThat(s.standing(pending))
                  .isEqualTo(Standings.at(cutoff, EUR, full.memberIds(), full.dues(), full.penalties(),
                      full.payments(), pending).get(s.member()));
            }
            FifoAllocation rule = FifoAllocation.withTolerance(tolerance).withPendingPayments(pending);
            assertThat(rule.allocate(summed)).isEqualTo(rule.allocate(full));
          }
        });
  }

  private static MemberId member(int m) {
    return MemberId.of("m" + m);
  }

  /** Random entries in a valid order: resolutions only of declarations still open (or confirmed). */
  private static Ledger randomLedger(SplittableRandom random, int members, int entries) {
    Ledger ledger = Ledger.empty(GroupId.of("g"), EUR);
    List<EntryId> pending = new ArrayList<>();
    List<EntryId> confirmed = new ArrayList<>();
    for (int i = 0; i < entries; i++) {
      EntryId id = EntryId.of("e" + i);
      IdempotencyKey key = IdempotencyKey.of("k" + i);
      MemberId m = member(random.nextInt(members));
      LocalDate date = START.plusDays(random.nextInt(400));
      Money amount = Money.ofMinor(EUR, 1 + random.nextInt(100_000));
      int kind = random.nextInt(7);
      if (kind == 0 || kind == 1) {
        ledger = ledger.callFunds(id, key, m, "i" + i, date, random.nextInt(10) == 0 ? Money.zero(EUR) : amount,
            MANAGER, AT).after();
      } else if (kind == 2) {
        ledger = ledger.applyPenalty(id, key, m, date, amount, "late", MANAGER, AT).after();
      } else if (kind == 3 || (pending.isEmpty() && confirmed.isEmpty())) {
        ledger = ledger.declare(id, key, m, amount, date, "ref-" + i, MANAGER, AT).after();
        pending.add(id);
      } else if (kind == 4 && !confirmed.isEmpty()) {
        EntryId d = confirmed.remove(random.nextInt(confirmed.size()));
        ledger = ledger.reverse(id, key, d, "wrong", MANAGER, AT).after();
      } else if (!pending.isEmpty()) {
        EntryId d = pending.remove(random.nextInt(pending.size()));
        if (kind == 6) {
          ledger = ledger.reject(id, key, d, "not received", MANAGER, AT).after();
        } else {
          ledger = ledger.confirm(id, key, d, MANAGER, AT).after();
          confirmed.add(d);
        }
      }
    }
    return ledger;
  }
}
