/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.solidarity.AidGranted;
import org.koprogo.domain.solidarity.AidKind;
import org.koprogo.domain.solidarity.AidRequest;
import org.koprogo.domain.solidarity.Applicant;
import org.koprogo.domain.solidarity.ApplicantId;
import org.koprogo.domain.solidarity.Eligibility;
import org.koprogo.domain.solidarity.RuleOutcome;
import org.koprogo.domain.solidarity.SolidarityFundCharter;
import org.koprogo.host.problem.ProblemException;

/**
 * The solidarity fund's eligibility check: every rule of the standard charter, passed or failed
 * with its reason (an ineligible applicant is an answer, not an error). Nothing is stored; the
 * applicant's figures stay in the request.
 */
@Controller("/api/v1/solidarity")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "solidarity")
@SecurityRequirement(name = "bearer")
public final class SolidarityController {

  /**
   * A request for help.
   *
   * @param on the day of the decision
   * @param currency ISO 4217 code of the amounts (EUR when absent)
   * @param applicant the applicant's figures
   * @param request what is asked
   */
  public record EligibilityQuestion(LocalDate on, @Nullable String currency, Person applicant,
      Ask request) {}

  /**
   * The applicant.
   *
   * @param id their id (a member id)
   * @param monthlyIncome net monthly income of the household
   * @param debtRatioPercent monthly repayments over income, in percent
   * @param propertiesOwned dwellings owned
   * @param monthlyPropertyIncome rents and other property income per month
   * @param payingMember up to date with their contribution
   * @param pastAid help granted before
   */
  public record Person(String id, String monthlyIncome, BigDecimal debtRatioPercent,
      int propertiesOwned, @Nullable String monthlyPropertyIncome, boolean payingMember,
      @Nullable List<PastAid> pastAid) {}

  /**
   * Help granted before.
   *
   * @param kind its kind
   * @param grantedOn when
   * @param amount how much
   */
  public record PastAid(String kind, LocalDate grantedOn, String amount) {}

  /**
   * What is asked.
   *
   * @param kind ZERO_RATE_LOAN, WORKS_CREDIT, LITIGATION_GRANT or EMERGENCY_GRANT
   * @param amount the amount
   * @param months the number of monthly payments (loans)
   * @param annualRatePercent the rate (works credit)
   * @param worksLegallyVoted the works were adopted by the assembly (works credit)
   * @param quotesValidated the quotes were validated (works credit)
   * @param shareOfVotedWorks the applicant's share of the cost of the works the assembly voted; the
   *     credit is at most this share (works credit; without it the credit is not eligible)
   */
  public record Ask(String kind, String amount, @Nullable Integer months,
      @Nullable BigDecimal annualRatePercent, @Nullable Boolean worksLegallyVoted,
      @Nullable Boolean quotesValidated, @Nullable String shareOfVotedWorks) {}

  @Post("/eligibility")
  @Operation(summary = "Check a request for help against the solidarity fund's charter (every"
      + " rule passed or failed with its reason); nothing is stored")
  public Map<String, Object> eligibility(@Body EligibilityQuestion body) {
    if (body.on() == null) {
      throw missing("on");
    }
    if (body.applicant() == null) {
      throw missing("applicant");
    }
    if (body.request() == null) {
      throw missing("request");
    }
    Currency currency = Money.currency(body.currency() == null ? "EUR" : body.currency());
    Person p = body.applicant();
    if (p.id() == null || p.monthlyIncome() == null || p.debtRatioPercent() == null) {
      throw missing(p.id() == null ? "applicant.id"
          : p.monthlyIncome() == null ? "applicant.monthlyIncome" : "applicant.debtRatioPercent");
    }
    List<AidGranted> past = new ArrayList<>();
    if (p.pastAid() != null) {
      for (int i = 0; i < p.pastAid().size(); i++) {
        PastAid a = p.pastAid().get(i);
        String field = "applicant.pastAid[" + i + "]";
        past.add(new AidGranted(kind(a.kind(), field + ".kind"), a.grantedOn(),
            Money.parse(required(a.amount(), field + ".amount"), currency, field + ".amount")));
      }
    }
    Applicant applicant = new Applicant(ApplicantId.of(p.id()),
        Money.parse(p.monthlyIncome(), currency, "applicant.monthlyIncome"), p.debtRatioPercent(),
        p.propertiesOwned(),
        p.monthlyPropertyIncome() == null ? Money.zero(currency)
            : Money.parse(p.monthlyPropertyIncome(), currency, "applicant.monthlyPropertyIncome"),
        p.payingMember(), past);
    Eligibility eligibility =
        SolidarityFundCharter.standard().evaluate(applicant, request(body.request(), currency), body.on());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("applicant", p.id());
    answer.put("kind", body.request().kind());
    answer.put("eligible", eligibility.eligible());
    List<Map<String, Object>> outcomes = new ArrayList<>();
    for (RuleOutcome o : eligibility.outcomes()) {
      outcomes.add(Map.of("rule", o.rule(), "passed", o.passed(), "reason", o.reason()));
    }
    answer.put("outcomes", outcomes);
    return answer;
  }

  private static AidRequest request(Ask ask, Currency currency) {
    Money amount = Money.parse(required(ask.amount(), "request.amount"), currency, "request.amount");
    return switch (kind(ask.kind(), "request.kind")) {
      case ZERO_RATE_LOAN -> new AidRequest.ZeroRateLoan(amount, months(ask));
      case WORKS_CREDIT -> new AidRequest.WorksCredit(amount,
          ask.annualRatePercent() == null ? BigDecimal.ZERO : ask.annualRatePercent(), months(ask),
          Boolean.TRUE.equals(ask.worksLegallyVoted()), Boolean.TRUE.equals(ask.quotesValidated()),
          ask.shareOfVotedWorks() == null ? null
              : Money.parse(ask.shareOfVotedWorks(), currency, "request.shareOfVotedWorks"));
      case LITIGATION_GRANT -> new AidRequest.LitigationGrant(amount);
      case EMERGENCY_GRANT -> new AidRequest.EmergencyGrant(amount);
    };
  }

  private static int months(Ask ask) {
    if (ask.months() == null) {
      throw missing("request.months");
    }
    return ask.months();
  }

  private static AidKind kind(String value, String field) {
    try {
      return AidKind.valueOf(required(value, field));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.INVALID_FIELD.name(),
          "'" + value + "' is not one of " + java.util.Arrays.toString(AidKind.values()))
          .with("field", field).with("value", value);
    }
  }

  private static String required(String value, String field) {
    if (value == null) {
      throw missing(field);
    }
    return value;
  }

  private static ProblemException missing(String field) {
    return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.MISSING_FIELD.name(),
        field + " is required").with("field", field);
  }
}
