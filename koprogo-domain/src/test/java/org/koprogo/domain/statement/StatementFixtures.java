/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.penalty.Installment;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.Payment;
import org.koprogo.domain.penalty.PenaltyRate;
import org.koprogo.domain.shared.Money;

/** An owner's account shared by the statement tests. */
final class StatementFixtures {
  private StatementFixtures() {}

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** Four quarterly calls of 600.00 EUR in 2026. */
  static List<Installment> quarterlyCalls2026() {
    return List.of(
        Installment.of("2026-Q1", day("2026-01-01"), eur("600.00")),
        Installment.of("2026-Q2", day("2026-04-01"), eur("600.00")),
        Installment.of("2026-Q3", day("2026-07-01"), eur("600.00")),
        Installment.of("2026-Q4", day("2026-10-01"), eur("600.00")));
  }

  /** Q1 paid on time, then 700.00 paid on 2026-05-11, then nothing. */
  static List<Payment> paymentsOfALateOwner() {
    return List.of(
        Payment.of(day("2026-01-01"), eur("600.00")),
        Payment.of(day("2026-05-11"), eur("700.00")),
        Payment.of(day("2026-12-01"), eur("1000.00")));
  }

  /** 8% a year set by art. 14 of the statutes. */
  static LatePenaltyPolicy statutes8Percent() {
    return LatePenaltyPolicy.simpleInterest(
        PenaltyRate.fromStatutes(new BigDecimal("8"), "art. 14 of the statutes"), Money.EUR);
  }
}
