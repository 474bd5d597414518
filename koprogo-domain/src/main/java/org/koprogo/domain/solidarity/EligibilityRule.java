/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One named rule of the solidarity fund's charter. Rules are data (their limits are fields) and
 * compose into a {@link SolidarityFundCharter}.
 */
public sealed interface EligibilityRule {

  /**
   * The rule's stable name.
   *
   * @return the name
   */
  String name();

  /**
   * Checks the rule for {@code applicant} asking for {@code request} on {@code on}.
   *
   * @param applicant the applicant
   * @param request what they ask for
   * @param on the day of the request
   * @return passed or failed, with the reason
   */
  RuleOutcome check(Applicant applicant, AidRequest request, LocalDate on);

  /**
   * Charter, exclusions: an owner of {@code maxProperties + 1} or more properties is excluded.
   *
   * @param maxProperties the most properties an applicant may own
   */
  record AtMostProperties(int maxProperties) implements EligibilityRule {
    @Override
    public String name() {
      return "NOT_A_MULTIPLE_OWNER";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      boolean ok = a.propertiesOwned() <= maxProperties;
      return RuleOutcome.of(name(), ok,
          "owns " + a.propertiesOwned() + " propert" + (a.propertiesOwned() == 1 ? "y" : "ies")
              + (ok ? ", at most " : ", more than ") + maxProperties);
    }
  }

  /**
   * Charter, exclusions: property income above {@code max} a month excludes.
   *
   * @param max the most property income a month
   */
  record PropertyIncomeAtMost(Money max) implements EligibilityRule {
    /**
     * Checks the limit is given.
     *
     * @param max the most property income a month
     */
    public PropertyIncomeAtMost {
      Objects.requireNonNull(max, "max");
    }

    @Override
    public String name() {
      return "PROPERTY_INCOME_LIMIT";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      boolean ok = a.monthlyPropertyIncome().compareTo(max) <= 0;
      return RuleOutcome.of(name(), ok,
          "property income of " + text(a.monthlyPropertyIncome()) + " a month is "
              + (ok ? "at most " : "above ") + text(max));
    }
  }

  /** Charter, exclusions: only paying members may apply. */
  record PayingMember() implements EligibilityRule {
    @Override
    public String name() {
      return "PAYING_MEMBER";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      return RuleOutcome.of(name(), a.payingMember(),
          a.payingMember() ? "is a paying member" : "is not a paying member");
    }
  }

  /**
   * The amount asked for is between {@code min} and {@code max}, both included.
   *
   * @param min the least amount
   * @param max the most amount
   */
  record AmountBetween(Money min, Money max) implements EligibilityRule {
    /**
     * Checks the bounds are given.
     *
     * @param min the least amount
     * @param max the most amount
     */
    public AmountBetween {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
    }

    @Override
    public String name() {
      return "AMOUNT_LIMITS";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      boolean ok = r.amount().compareTo(min) >= 0 && r.amount().compareTo(max) <= 0;
      return RuleOutcome.of(name(), ok,
          text(r.amount()) + (ok ? " is" : " is not") + " between " + text(min) + " and " + text(max));
    }
  }

  /**
   * A loan's term is between {@code minMonths} and {@code maxMonths}, both included.
   *
   * @param minMonths the shortest term
   * @param maxMonths the longest term
   */
  record TermBetween(int minMonths, int maxMonths) implements EligibilityRule {
    @Override
    public String name() {
      return "TERM_LIMITS";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      int months = loan(r).months();
      boolean ok = months >= minMonths && months <= maxMonths;
      return RuleOutcome.of(name(), ok,
          months + " months" + (ok ? " is" : " is not") + " between " + minMonths + " and " + maxMonths + " months");
    }
  }

  /**
   * A loan's annual rate is between {@code minPercent} and {@code maxPercent}, both included.
   *
   * @param minPercent the lowest rate
   * @param maxPercent the highest rate
   */
  record RateBetween(BigDecimal minPercent, BigDecimal maxPercent) implements EligibilityRule {
    /**
     * Checks the bounds are given.
     *
     * @param minPercent the lowest rate
     * @param maxPercent the highest rate
     */
    public RateBetween {
      Objects.requireNonNull(minPercent, "minPercent");
      Objects.requireNonNull(maxPercent, "maxPercent");
    }

    @Override
    public String name() {
      return "RATE_LIMITS";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      BigDecimal rate = loan(r).annualRatePercent();
      boolean ok = rate.compareTo(minPercent) >= 0 && rate.compareTo(maxPercent) <= 0;
      return RuleOutcome.of(name(), ok,
          rate.toPlainString() + "%" + (ok ? " is" : " is not") + " between " + minPercent.toPlainString()
              + "% and " + maxPercent.toPlainString() + "%");
    }
  }

  /**
   * Financial need: monthly income below {@code incomeBelow} or debt ratio above {@code debtRatioAbovePercent}.
   *
   * @param incomeBelow the income under which there is need
   * @param debtRatioAbovePercent the debt ratio above which there is need
   */
  record FinancialNeed(Money incomeBelow, BigDecimal debtRatioAbovePercent) implements EligibilityRule {
    /**
     * Checks the thresholds are given.
     *
     * @param incomeBelow the income under which there is need
     * @param debtRatioAbovePercent the debt ratio above which there is need
     */
    public FinancialNeed {
      Objects.requireNonNull(incomeBelow, "incomeBelow");
      Objects.requireNonNull(debtRatioAbovePercent, "debtRatioAbovePercent");
    }

    @Override
    public String name() {
      return "FINANCIAL_NEED";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      boolean lowIncome = a.monthlyIncome().compareTo(incomeBelow) < 0;
      boolean indebted = a.debtRatioPercent().compareTo(debtRatioAbovePercent) > 0;
      return RuleOutcome.of(name(), lowIncome || indebted,
          "monthly income " + text(a.monthlyIncome()) + (lowIncome ? " is below " : " is not below ")
              + text(incomeBelow) + (lowIncome || indebted ? " or" : " and") + " debt ratio "
              + a.debtRatioPercent().toPlainString() + "%" + (indebted ? " is above " : " is not above ")
              + debtRatioAbovePercent.toPlainString() + "%");
    }
  }

  /**
   * Monthly income strictly below {@code below}.
   *
   * @param below the income limit
   */
  record IncomeBelow(Money below) implements EligibilityRule {
    /**
     * Checks the limit is given.
     *
     * @param below the income limit
     */
    public IncomeBelow {
      Objects.requireNonNull(below, "below");
    }

    @Override
    public String name() {
      return "INCOME_LIMIT";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      boolean ok = a.monthlyIncome().compareTo(below) < 0;
      return RuleOutcome.of(name(), ok,
          "monthly income " + text(a.monthlyIncome()) + (ok ? " is below " : " is not below ") + text(below));
    }
  }

  /** The works were adopted by the general assembly with the required majority. */
  record WorksLegallyVoted() implements EligibilityRule {
    @Override
    public String name() {
      return "WORKS_LEGALLY_VOTED";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      boolean ok = works(r).worksLegallyVoted();
      return RuleOutcome.of(name(), ok,
          ok ? "the works were voted by the general assembly" : "the works were not (legally) voted");
    }
  }

  /** The quotes for the works were validated. */
  record QuotesValidated() implements EligibilityRule {
    @Override
    public String name() {
      return "QUOTES_VALIDATED";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      boolean ok = works(r).quotesValidated();
      return RuleOutcome.of(name(), ok, ok ? "the quotes were validated" : "the quotes were not validated");
    }
  }

  /**
   * Mission charter, solidarity works credit: the credit is at most the applicant's share of the
   * works the general assembly voted; an unknown share fails.
   */
  record AtMostShareOfVotedWorks() implements EligibilityRule {
    @Override
    public String name() {
      return "AT_MOST_SHARE_OF_VOTED_WORKS";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      AidRequest.WorksCredit w = works(r);
      if (w.shareOfVotedWorks() == null) {
        return RuleOutcome.of(name(), false, "the applicant's share of the voted works is not known");
      }
      boolean ok = w.amount().compareTo(w.shareOfVotedWorks()) <= 0;
      return RuleOutcome.of(name(), ok,
          text(w.amount()) + (ok ? " is at most " : " is above ") + "the applicant's share of the voted works, "
              + text(w.shareOfVotedWorks()));
    }
  }

  /**
   * Help of the request's kind granted in the same calendar year, plus the request, is at most {@code max}.
   *
   * @param max the most help of that kind in a calendar year
   */
  record YearlyCeiling(Money max) implements EligibilityRule {
    /**
     * Checks the ceiling is given.
     *
     * @param max the most help of that kind in a calendar year
     */
    public YearlyCeiling {
      Objects.requireNonNull(max, "max");
    }

    @Override
    public String name() {
      return "YEARLY_CEILING";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      Money total = r.amount();
      for (AidGranted g : a.pastAid()) {
        if (g.kind() == r.kind() && g.grantedOn().getYear() == on.getYear()) {
          total = total.plus(g.amount());
        }
      }
      boolean ok = total.compareTo(max) <= 0;
      return RuleOutcome.of(name(), ok,
          text(total) + " in " + on.getYear() + " with this request is " + (ok ? "at most " : "above ") + text(max));
    }
  }

  /**
   * No help of the request's kind was granted in the {@code years} years before the request.
   *
   * @param years the years without help of that kind
   */
  record OncePerYears(int years) implements EligibilityRule {
    @Override
    public String name() {
      return "ONCE_PER_" + years + "_YEARS";
    }

    @Override
    public RuleOutcome check(Applicant a, AidRequest r, LocalDate on) {
      LocalDate since = on.minusYears(years);
      for (AidGranted g : a.pastAid()) {
        if (g.kind() == r.kind() && g.grantedOn().isAfter(since) && !g.grantedOn().isAfter(on)) {
          return RuleOutcome.of(name(), false,
              "a " + r.kind() + " was granted on " + g.grantedOn() + ", less than " + years + " years before " + on);
        }
      }
      return RuleOutcome.of(name(), true, "no " + r.kind() + " granted since " + since);
    }
  }

  private static AidRequest.LoanRequest loan(AidRequest r) {
    if (r instanceof AidRequest.LoanRequest l) {
      return l;
    }
    throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a term or rate rule applies to loans only, not to " + r.kind(), "field", "kind");
  }

  private static AidRequest.WorksCredit works(AidRequest r) {
    if (r instanceof AidRequest.WorksCredit w) {
      return w;
    }
    throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a works rule applies to works credits only, not to " + r.kind(), "field", "kind");
  }

  private static String text(Money m) {
    return m.toPlainString() + " " + m.currency().getCurrencyCode();
  }
}
