/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.koprogo.domain.shared.Money;

/** Policies, amounts and dates shared by the late-payment tests. */
final class PenaltyFixtures {
  private PenaltyFixtures() {}

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static Payment paid(String date, String amount) {
    return Payment.of(day(date), eur(amount));
  }

  /** 8% a year from art. 14 of the statutes, ACT/365, nothing else. */
  static LatePenaltyPolicy statutes8Percent() {
    return LatePenaltyPolicy.simpleInterest(
        PenaltyRate.fromStatutes(new BigDecimal("8"), "art. 14 of the statutes"), Money.EUR);
  }

  /** The Belgian legal interest rate, ACT/365, nothing else. */
  static LatePenaltyPolicy belgianLegalRate() {
    return LatePenaltyPolicy.simpleInterest(PenaltyRate.legal(LegalInterestRates.belgium()), Money.EUR);
  }
}
