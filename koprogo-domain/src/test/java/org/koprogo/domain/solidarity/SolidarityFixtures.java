/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.math.BigDecimal;
import java.util.List;
import org.koprogo.domain.shared.Money;

/** Applicants shared by the solidarity-fund tests. */
final class SolidarityFixtures {
  private SolidarityFixtures() {}

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  /** A paying member owning one flat, 1,100 EUR a month, 20% debt ratio, no help so far. */
  static Applicant modestMember() {
    return new Applicant(ApplicantId.of("m-17"), eur("1100.00"), new BigDecimal("20"), 1, eur("0.00"), true, List.of());
  }

  /** A member with 2,800 EUR a month and a debt ratio of 45%. */
  static Applicant indebtedMember() {
    return new Applicant(ApplicantId.of("m-23"), eur("2800.00"), new BigDecimal("45"), 1, eur("0.00"), true, List.of());
  }

  /** The modest member, with {@code aid} granted before. */
  static Applicant modestMemberWith(AidGranted aid) {
    Applicant m = modestMember();
    return new Applicant(m.id(), m.monthlyIncome(), m.debtRatioPercent(), m.propertiesOwned(),
        m.monthlyPropertyIncome(), m.payingMember(), List.of(aid));
  }

  /** A landlord: three properties, 1,500 EUR of rents a month, not paying. */
  static Applicant landlord() {
    return new Applicant(ApplicantId.of("m-99"), eur("900.00"), new BigDecimal("10"), 3, eur("1500.00"), false, List.of());
  }
}
