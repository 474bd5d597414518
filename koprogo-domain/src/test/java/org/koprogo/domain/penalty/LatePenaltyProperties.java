/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

class LatePenaltyProperties {
  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

  private static LatePenaltyPolicy policy(int basisPoints, int grace, int variant) {
    LatePenaltyPolicy p =
        LatePenaltyPolicy.simpleInterest(
                PenaltyRate.fromStatutes(BigDecimal.valueOf(basisPoints, 2), "art. 14 of the statutes"), Money.EUR)
            .withGrace(grace, variant % 2 == 0 ? AccrualStart.DUE_DATE : AccrualStart.GRACE_END);
    if (variant >= 2) {
      p = p.withFees(Money.ofMinor(Money.EUR, 1500), Money.ofMinor(Money.EUR, 2500)).withCap(new BigDecimal("10"));
    }
    return p;
  }

  @Test
  void aPenaltyNeverDecreasesAsTheDateMovesLater() {
    qt().withExamples(300)
        .forAll(longs().between(1, 10_000_000), integers().between(0, 2_000), integers().between(0, 123),
            integers().between(0, 401 * 401 - 1))
        .checkAssert(
            (cents, basisPoints, graceAndVariant, dates) -> {
              int grace = graceAndVariant / 4;
              int paidAfter = dates / 401;
              int laterBy = dates % 401;
              Money principal = Money.ofMinor(Money.EUR, cents);
              List<Payment> payments =
                  List.of(Payment.of(DUE.plusDays(paidAfter), Money.ofMinor(Money.EUR, (cents + 1) / 2)));
              LatePenaltyPolicy policy = policy(basisPoints, grace, graceAndVariant % 4);
              LocalDate asOf = DUE.plusDays(laterBy / 2);

              PenaltyAssessment earlier = LatePenalty.assess(principal, DUE, asOf, payments, policy);
              PenaltyAssessment later = LatePenalty.assess(principal, DUE, asOf.plusDays(laterBy), payments, policy);

              assertThat(later.penalty()).isGreaterThanOrEqualTo(earlier.penalty());
              assertThat(later.interest()).isGreaterThanOrEqualTo(earlier.interest());
              assertThat(later.daysLate()).isGreaterThanOrEqualTo(earlier.daysLate());
            });
  }

  @Test
  void payingEarlierNeverCostsMore() {
    qt().withExamples(300)
        .forAll(longs().between(1, 10_000_000), integers().between(0, 2_000), integers().between(0, 123),
            integers().between(0, 201 * 201 - 1))
        .checkAssert(
            (cents, basisPoints, graceAndVariant, dates) -> {
              int grace = graceAndVariant / 4;
              int paidAfter = dates / 201;
              int earlierBy = dates % 201;
              Money principal = Money.ofMinor(Money.EUR, cents);
              Money part = Money.ofMinor(Money.EUR, Math.max(1, cents / 3));
              Money rest = principal.minus(part);
              LatePenaltyPolicy policy = policy(basisPoints, grace, graceAndVariant % 4);
              LocalDate asOf = DUE.plusDays(300);
              LocalDate late = DUE.plusDays(paidAfter);
              LocalDate early = late.minusDays(earlierBy);
              List<Payment> restLate = rest.isPositive() ? List.of(Payment.of(DUE.plusDays(250), rest)) : List.of();

              PenaltyAssessment payingLate =
                  LatePenalty.assess(principal, DUE, asOf, concat(Payment.of(late, part), restLate), policy);
              PenaltyAssessment payingEarly =
                  LatePenalty.assess(principal, DUE, asOf, concat(Payment.of(early, part), restLate), policy);

              assertThat(payingEarly.penalty()).isLessThanOrEqualTo(payingLate.penalty());
            });
  }

  private static List<Payment> concat(Payment first, List<Payment> others) {
    java.util.ArrayList<Payment> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(others);
    return all;
  }
}
