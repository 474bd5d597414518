/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.solidarity.AidGranted;
import org.koprogo.domain.solidarity.AidKind;
import org.koprogo.domain.solidarity.AidRequest;
import org.koprogo.domain.solidarity.Applicant;
import org.koprogo.domain.solidarity.ApplicantId;
import org.koprogo.domain.solidarity.Eligibility;
import org.koprogo.domain.solidarity.SolidarityFundCharter;
import org.koprogo.ports.in.solidarity.CheckAidEligibility;

/** {@link CheckAidEligibility}: the standard charter's rules on the question; nothing is stored. */
final class AidEligibilityCheck implements CheckAidEligibility {

  @Override
  public Eligibility check(EligibilityQuestion question) {
    present(question, "question");
    present(question.on(), "on");
    ApplicantFigures p = present(question.applicant(), "applicant");
    Ask ask = present(question.request(), "request");
    Currency currency = AssociationInputs.currency(question.currency());
    present(p.id(), "applicant.id");
    present(p.monthlyIncome(), "applicant.monthlyIncome");
    present(p.debtRatioPercent(), "applicant.debtRatioPercent");
    List<AidGranted> past = new ArrayList<>();
    if (p.pastAid() != null) {
      for (int i = 0; i < p.pastAid().size(); i++) {
        String field = "applicant.pastAid[" + i + "]";
        PastAid a = present(p.pastAid().get(i), field);
        past.add(new AidGranted(kind(a.kind(), field + ".kind"), present(a.grantedOn(), field + ".grantedOn"),
            Money.parse(present(a.amount(), field + ".amount"), currency, field + ".amount")));
      }
    }
    Applicant applicant = new Applicant(ApplicantId.of(p.id()),
        Money.parse(p.monthlyIncome(), currency, "applicant.monthlyIncome"), p.debtRatioPercent(),
        p.propertiesOwned(),
        p.monthlyPropertyIncome() == null ? Money.zero(currency)
            : Money.parse(p.monthlyPropertyIncome(), currency, "applicant.monthlyPropertyIncome"),
        p.payingMember(), past);
    return SolidarityFundCharter.standard().evaluate(applicant, request(ask, currency), question.on());
  }

  private static AidRequest request(Ask ask, Currency currency) {
    Money amount = Money.parse(present(ask.amount(), "request.amount"), currency, "request.amount");
    return switch (kind(ask.kind(), "request.kind")) {
      case ZERO_RATE_LOAN -> new AidRequest.ZeroRateLoan(amount, present(ask.months(), "request.months"));
      case WORKS_CREDIT -> new AidRequest.WorksCredit(amount,
          ask.annualRatePercent() == null ? BigDecimal.ZERO : ask.annualRatePercent(),
          present(ask.months(), "request.months"),
          Boolean.TRUE.equals(ask.worksLegallyVoted()), Boolean.TRUE.equals(ask.quotesValidated()),
          ask.shareOfVotedWorks() == null ? null
              : Money.parse(ask.shareOfVotedWorks(), currency, "request.shareOfVotedWorks"));
      case LITIGATION_GRANT -> new AidRequest.LitigationGrant(amount);
      case EMERGENCY_GRANT -> new AidRequest.EmergencyGrant(amount);
    };
  }

  private static AidKind kind(String value, String field) {
    return AssociationInputs.enumOf(AidKind.class, present(value, field), null, field);
  }

  /** {@code value}, refused with {@code MISSING_FIELD} when null (a blank text is the domain's to refuse). */
  private static <T> T present(T value, String field) {
    if (value == null) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
    return value;
  }
}
