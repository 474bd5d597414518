/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.solidarity.SolidarityFixtures.eur;
import static org.koprogo.domain.solidarity.SolidarityFixtures.indebtedMember;
import static org.koprogo.domain.solidarity.SolidarityFixtures.landlord;
import static org.koprogo.domain.solidarity.SolidarityFixtures.modestMember;
import static org.koprogo.domain.solidarity.SolidarityFixtures.modestMemberWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.loan.LoanSchedule;

class SolidarityFundCharterTest {
  private static final SolidarityFundCharter CHARTER = SolidarityFundCharter.standard();
  private static final LocalDate ON = LocalDate.of(2026, 3, 1);

  @Test
  void grantsAZeroRateLoanToAnIndebtedMemberAndListsEveryRule() {
    AidRequest request = new AidRequest.ZeroRateLoan(eur("3200.00"), 24);

    Eligibility e = CHARTER.evaluate(indebtedMember(), request, ON);

    assertThat(e.eligible()).isTrue();
    assertThat(e.outcomes()).extracting(RuleOutcome::rule).containsExactly(
        "NOT_A_MULTIPLE_OWNER", "PROPERTY_INCOME_LIMIT", "PAYING_MEMBER",
        "AMOUNT_LIMITS", "TERM_LIMITS", "FINANCIAL_NEED");
    assertThat(e.outcomes().get(5).reason())
        .isEqualTo("monthly income 2800.00 EUR is not below 2500.00 EUR or debt ratio 45% is above 40%");
    assertThat(LoanSchedule.of(((AidRequest.ZeroRateLoan) request).terms()).payment()).isEqualTo(eur("133.33"));
  }

  @Test
  void listsEveryFailedRuleNotOnlyTheFirst() {
    AidRequest request = new AidRequest.ZeroRateLoan(eur("6000.00"), 48);

    Eligibility e = CHARTER.evaluate(landlord(), request, ON);

    assertThat(e.eligible()).isFalse();
    assertThat(e.failures()).extracting(RuleOutcome::rule).containsExactly(
        "NOT_A_MULTIPLE_OWNER", "PROPERTY_INCOME_LIMIT", "PAYING_MEMBER", "AMOUNT_LIMITS", "TERM_LIMITS");
    assertThat(e.outcomes()).filteredOn(RuleOutcome::passed).extracting(RuleOutcome::rule)
        .containsExactly("FINANCIAL_NEED");
  }

  @Test
  void refusesAWorksCreditForWorksNotVoted() {
    AidRequest request = new AidRequest.WorksCredit(eur("12000.00"), new BigDecimal("1.5"), 84, false, true, eur("15000.00"));

    Eligibility e = CHARTER.evaluate(modestMember(), request, ON);

    assertThat(e.failures()).extracting(RuleOutcome::rule).containsExactly("WORKS_LEGALLY_VOTED");
  }

  @Test
  void acceptsTheBoundsOfAWorksCredit() {
    AidRequest request = new AidRequest.WorksCredit(eur("50000.00"), new BigDecimal("2"), 120, true, true, eur("50000.00"));

    Eligibility e = CHARTER.evaluate(modestMember(), request, ON);

    assertThat(e.eligible()).isTrue();
  }

  @Test
  void capsAWorksCreditAtTheApplicantsShareOfTheVotedWorks() {
    AidRequest request = new AidRequest.WorksCredit(eur("12000.00"), new BigDecimal("1.5"), 84, true, true,
        eur("11999.99"));

    Eligibility e = CHARTER.evaluate(modestMember(), request, ON);

    assertThat(e.failures()).extracting(RuleOutcome::rule).containsExactly("AT_MOST_SHARE_OF_VOTED_WORKS");
    assertThat(e.failures().get(0).reason()).contains("12000.00", "11999.99");
  }

  @Test
  void refusesAWorksCreditWhoseShareOfTheWorksIsUnknown() {
    AidRequest request = new AidRequest.WorksCredit(eur("12000.00"), new BigDecimal("1.5"), 84, true, true);

    Eligibility e = CHARTER.evaluate(modestMember(), request, ON);

    assertThat(e.failures()).extracting(RuleOutcome::rule).containsExactly("AT_MOST_SHARE_OF_VOTED_WORKS");
  }

  @Test
  void refusesALitigationGrantAtTheIncomeLimit() {
    Applicant atTheLimit = new Applicant(ApplicantId.of("m-5"), eur("2000.00"), BigDecimal.ZERO, 1, eur("0.00"), true,
        java.util.List.of());

    Eligibility e = CHARTER.evaluate(atTheLimit, new AidRequest.LitigationGrant(eur("800.00")), ON);

    assertThat(e.failures()).extracting(RuleOutcome::rule).containsExactly("INCOME_LIMIT");
  }

  @Test
  void grantsAnEmergencyOnlyOncePerFiveYears() {
    Applicant helpedFourYearsAgo =
        modestMemberWith(new AidGranted(AidKind.EMERGENCY_GRANT, LocalDate.of(2022, 3, 2), eur("1000.00")));
    Applicant helpedFiveYearsAgo =
        modestMemberWith(new AidGranted(AidKind.EMERGENCY_GRANT, LocalDate.of(2021, 3, 1), eur("1000.00")));
    AidRequest request = new AidRequest.EmergencyGrant(eur("1000.00"));

    Eligibility recent = CHARTER.evaluate(helpedFourYearsAgo, request, ON);
    Eligibility old = CHARTER.evaluate(helpedFiveYearsAgo, request, ON);

    assertThat(recent.failures()).extracting(RuleOutcome::rule).containsExactly("ONCE_PER_5_YEARS");
    assertThat(old.eligible()).isTrue();
  }

  @Test
  void capsEmergencyGrantsAt3000AYear() {
    AidRequest request = new AidRequest.EmergencyGrant(eur("3000.01"));

    Eligibility e = CHARTER.evaluate(modestMember(), request, ON);

    assertThat(e.failures()).extracting(RuleOutcome::rule).containsExactly("YEARLY_CEILING");
  }
}
