/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.penalty.PenaltyFixtures.belgianLegalRate;
import static org.koprogo.domain.penalty.PenaltyFixtures.day;
import static org.koprogo.domain.penalty.PenaltyFixtures.eur;
import static org.koprogo.domain.penalty.PenaltyFixtures.paid;
import static org.koprogo.domain.penalty.PenaltyFixtures.statutes8Percent;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class LatePenaltyTest {

  @Test
  void chargesEachLegalRateOnTheDaysOfItsYear() {
    LatePenaltyPolicy policy = belgianLegalRate();

    PenaltyAssessment a = LatePenalty.assess(eur("10000.00"), day("2024-12-01"), day("2025-01-31"), List.of(), policy,
        day("2024-12-01"));

    // 31 days of 2024 at 5.75% + 30 days of 2025 at 4.5%: 48.8356... + 36.9863... = 85.8219...
    assertThat(a.interest()).isEqualTo(eur("85.82"));
    assertThat(a.daysLate()).isEqualTo(61);
  }

  @Test
  void refusesAYearMissingFromTheLegalRateTable() {
    LatePenaltyPolicy policy = belgianLegalRate();

    assertThatThrownBy(
            () -> LatePenalty.assess(eur("100.00"), day("2026-12-01"), day("2027-01-02"), List.of(), policy,
                day("2026-12-01")))
        .isInstanceOfSatisfying(
            KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_LEGAL_RATE_YEAR));
  }

  @Test
  void runsInterestAtTheLegalRateFromAFormalNoticeUnlessTheStatutesSayOtherwise() {
    PenaltyRate legal = PenaltyRate.legal(LegalInterestRates.belgium());
    LatePenaltyPolicy byDefault = belgianLegalRate();

    assertThat(byDefault.accrualStart()).isEqualTo(AccrualStart.FORMAL_NOTICE);
    assertThatThrownBy(() -> byDefault.withGrace(0, AccrualStart.DUE_DATE))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
          assertThat(e.details()).containsEntry("field", "policy.accrualStart");
        });
    LatePenaltyPolicy automatic = byDefault.runningUnderStatutes(AccrualStart.DUE_DATE, "art. 19 of the statutes");
    assertThat(automatic.interestRunsUnderStatutes()).isEqualTo("art. 19 of the statutes");
    assertThat(LatePenalty.assess(eur("10000.00"), day("2024-12-01"), day("2025-01-31"), List.of(), automatic)
        .interest()).isEqualTo(eur("85.82"));
    assertThat(legal.source()).isEqualTo(RateSource.LEGAL_RATE);
  }

  @Test
  void recordsWhereTheRateComesFrom() {
    LatePenaltyPolicy statutes = statutes8Percent();
    LatePenaltyPolicy legal = belgianLegalRate();

    assertThat(statutes.rate().source()).isEqualTo(RateSource.STATUTES);
    assertThat(statutes.rate().reference()).isEqualTo("art. 14 of the statutes");
    assertThat(legal.rate().source()).isEqualTo(RateSource.LEGAL_RATE);
    assertThat(legal.rate().reference()).contains("5 May 1865");
  }

  @Test
  void refusesAContractualRateThatNamesNoProvisionOfTheStatutes() {
    assertThatThrownBy(() -> PenaltyRate.fromStatutes(new BigDecimal("8"), " "))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
          assertThat(e.details()).containsEntry("field", "statutesArticle");
        })
        .hasMessageContaining("statutes");
  }

  @Test
  void stopsInterestOnTheDayThePrincipalIsFullyPaid() {
    LatePenaltyPolicy policy = statutes8Percent();

    PenaltyAssessment a =
        LatePenalty.assess(
            eur("730.00"), day("2026-01-01"), day("2026-12-31"),
            List.of(paid("2026-01-11", "365.00"), paid("2026-01-21", "365.00")), policy);

    // 730 x 8% x 10/365 + 365 x 8% x 10/365 = 1.60 + 0.80
    assertThat(a.interest()).isEqualTo(eur("2.40"));
    assertThat(a.daysLate()).isEqualTo(20);
    assertThat(a.outstandingPrincipal()).isEqualTo(Money.zero(Money.EUR));
  }

  @Test
  void reportsNothingButTheBalanceWhenNotLate() {
    LatePenaltyPolicy policy = statutes8Percent().withFees(eur("15.00"), eur("5.00"));

    PenaltyAssessment a = LatePenalty.assess(eur("100.00"), day("2026-05-01"), day("2026-05-01"), List.of(), policy);

    assertThat(a).isEqualTo(
        new PenaltyAssessment(false, 0, eur("0.00"), eur("0.00"), eur("0.00"), eur("100.00")));
  }

  @Test
  void refusesPaymentsAboveThePrincipal() {
    LatePenaltyPolicy policy = statutes8Percent();

    assertThatThrownBy(
            () -> LatePenalty.assess(eur("100.00"), day("2026-01-01"), day("2026-02-01"),
                List.of(paid("2026-01-05", "100.01")), policy))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OVERPAYMENT));
  }
}
