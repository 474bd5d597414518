/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Money;

/** Builders for allocation rounds: {@code round().member("h1", 1).lots("A1", "A2").build()}. */
final class AllocationFixtures {
  static final LocalDate CUTOFF = LocalDate.of(2026, 6, 30);

  private AllocationFixtures() {}

  static RoundBuilder round() {
    return new RoundBuilder();
  }

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  static MemberId id(String id) {
    return MemberId.of(id);
  }

  static LotId lot(String id) {
    return LotId.of(id);
  }

  static final class RoundBuilder {
    private final List<Applicant> applicants = new ArrayList<>();
    private final List<OfferedLot> lots = new ArrayList<>();
    private final List<Due> dues = new ArrayList<>();
    private final List<Penalty> penalties = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();

    RoundBuilder member(String id, long rank, String... preferences) {
      return member(id, rank, MemberStatus.ACTIVE, preferences);
    }

    RoundBuilder member(String id, long rank, MemberStatus status, String... preferences) {
      List<LotId> prefs = new ArrayList<>();
      for (String p : preferences) {
        prefs.add(LotId.of(p));
      }
      applicants.add(new Applicant(MemberId.of(id), Rank.of(rank), status, prefs));
      return this;
    }

    RoundBuilder lots(String... ids) {
      for (String id : ids) {
        lots.add(OfferedLot.available(LotId.of(id)));
      }
      return this;
    }

    RoundBuilder unavailableLot(String id) {
      lots.add(OfferedLot.unavailable(LotId.of(id)));
      return this;
    }

    RoundBuilder due(String member, LocalDate date, String amount) {
      dues.add(new Due(MemberId.of(member), date, eur(amount)));
      return this;
    }

    RoundBuilder penalty(String member, LocalDate date, String amount) {
      penalties.add(new Penalty(MemberId.of(member), date, eur(amount)));
      return this;
    }

    RoundBuilder paid(String member, LocalDate date, String amount) {
      return payment(member, date, amount, PaymentStatus.CONFIRMED);
    }

    RoundBuilder payment(String member, LocalDate date, String amount, PaymentStatus status) {
      payments.add(new Payment(MemberId.of(member), date, eur(amount), status));
      return this;
    }

    AllocationRound build() {
      return new AllocationRound(CUTOFF, Money.EUR, applicants, lots, dues, penalties, payments);
    }

    AllocationPlan allocate() {
      return allocate("0.00");
    }

    AllocationPlan allocate(String tolerance) {
      return FifoAllocation.withTolerance(eur(tolerance)).allocate(build());
    }
  }
}
