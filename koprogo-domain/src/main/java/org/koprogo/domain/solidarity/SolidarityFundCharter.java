/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * The solidarity fund's charter as data: the exclusions every applicant must pass, and the rules
 * of each kind of help. {@link #evaluate} checks every rule (it never stops at the first failure)
 * and lists each one passed or failed with its reason. Immutable.
 *
 * @param exclusions rules checked for every request, first
 * @param rulesByKind the rules of each kind of help
 */
public record SolidarityFundCharter(List<EligibilityRule> exclusions, Map<AidKind, List<EligibilityRule>> rulesByKind) {
  /**
   * Copies the exclusions and the rules of every kind of help.
   *
   * @param exclusions rules checked for every request, first
   * @param rulesByKind the rules of each kind of help
   */
  public SolidarityFundCharter {
    exclusions = List.copyOf(exclusions);
    Map<AidKind, List<EligibilityRule>> copy = new EnumMap<>(AidKind.class);
    for (AidKind k : AidKind.values()) {
      copy.put(k, List.copyOf(Objects.requireNonNull(rulesByKind.get(k), "rules of " + k)));
    }
    rulesByKind = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The association's charter:
   *
   * <ul>
   *   <li>exclusions: owner of 2 or more properties, property income above 1,000 EUR a month, not
   *       a paying member;
   *   <li>zero-rate loan: up to 5,000 EUR over 12 to 36 months, monthly income below 2,500 EUR or
   *       debt ratio above 40%;
   *   <li>works credit: 5,000 to 50,000 EUR at 1 to 2% over 5 to 10 years, works legally voted and
   *       quotes validated;
   *   <li>litigation grant: 500 to 2,000 EUR, monthly income below 2,000 EUR;
   *   <li>emergency grant: at most 3,000 EUR a year, once per 5 years, monthly income below 1,200
   *       EUR.
   * </ul>
   *
   * @return the charter
   */
  public static SolidarityFundCharter standard() {
    Map<AidKind, List<EligibilityRule>> rules = new EnumMap<>(AidKind.class);
    rules.put(AidKind.ZERO_RATE_LOAN, List.of(
        new EligibilityRule.AmountBetween(eur("0.01"), eur("5000.00")),
        new EligibilityRule.TermBetween(12, 36),
        new EligibilityRule.FinancialNeed(eur("2500.00"), new BigDecimal("40"))));
    rules.put(AidKind.WORKS_CREDIT, List.of(
        new EligibilityRule.AmountBetween(eur("5000.00"), eur("50000.00")),
        new EligibilityRule.RateBetween(BigDecimal.ONE, new BigDecimal("2")),
        new EligibilityRule.TermBetween(60, 120),
        new EligibilityRule.WorksLegallyVoted(),
        new EligibilityRule.QuotesValidated(),
        new EligibilityRule.AtMostShareOfVotedWorks()));
    rules.put(AidKind.LITIGATION_GRANT, List.of(
        new EligibilityRule.AmountBetween(eur("500.00"), eur("2000.00")),
        new EligibilityRule.IncomeBelow(eur("2000.00"))));
    rules.put(AidKind.EMERGENCY_GRANT, List.of(
        new EligibilityRule.YearlyCeiling(eur("3000.00")),
        new EligibilityRule.OncePerYears(5),
        new EligibilityRule.IncomeBelow(eur("1200.00"))));
    return new SolidarityFundCharter(
        List.of(
            new EligibilityRule.AtMostProperties(1),
            new EligibilityRule.PropertyIncomeAtMost(eur("1000.00")),
            new EligibilityRule.PayingMember()),
        rules);
  }

  /**
   * Checks every rule for {@code applicant} asking for {@code request} on {@code on}.
   *
   * @param applicant the applicant
   * @param request what they ask for
   * @param on the day of the request
   * @return every rule's outcome
   */
  public Eligibility evaluate(Applicant applicant, AidRequest request, LocalDate on) {
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(on, "on");
    List<RuleOutcome> outcomes = new ArrayList<>();
    for (EligibilityRule rule : exclusions) {
      outcomes.add(rule.check(applicant, request, on));
    }
    for (EligibilityRule rule : rulesByKind.get(request.kind())) {
      outcomes.add(rule.check(applicant, request, on));
    }
    return new Eligibility(applicant.id(), request, outcomes);
  }

  private static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }
}
