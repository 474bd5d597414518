/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.calculation.CalculationInput;
import org.koprogo.domain.calculation.RuleFamily;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * The {@code late-penalty} family of RULES.md: late-payment interest and fees on one installment.
 *
 * <p>The rate of the input is taken as a contractual rate ({@link RateSource#STATUTES}). Errors
 * are checked in the order of RULES.md: {@code NONPOSITIVE_PRINCIPAL}, {@code
 * NONPOSITIVE_PAYMENT}, {@code OVERPAYMENT}, {@code NEGATIVE_RATE} (rate, then cap), {@code
 * NEGATIVE_AMOUNT} (fee, then minimum), {@code INVALID_GRACE}, {@code UNKNOWN_DAY_COUNT}, {@code
 * UNKNOWN_ACCRUAL_START}; format errors as each field is read.
 */
public final class LatePenaltyFamily implements RuleFamily {
  /**
   * Creates the family; {@link org.koprogo.domain.calculation.RuleFamilies} holds the one
   * instance the library uses.
   */
  public LatePenaltyFamily() {}

  @Override
  public String name() {
    return "late-penalty";
  }

  @Override
  public Map<String, Object> evaluate(CalculationInput input) {
    Currency currency = input.currency();
    Money principal = input.money("principal", currency);
    if (!principal.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_PRINCIPAL, "principal " + principal.toPlainString() + " is not positive",
          "field", "principal", "value", principal.toPlainString());
    }
    LocalDate dueDate = input.date("dueDate");
    LocalDate asOf = input.date("asOf");
    List<Payment> payments = new ArrayList<>();
    for (CalculationInput p : input.optionalObjects("payments")) {
      LocalDate date = p.date("date");
      Money amount = p.money("amount", currency);
      if (!amount.isPositive()) {
        throw KoproGoException.of(
            ErrorCode.NONPOSITIVE_PAYMENT,
            "payment of " + amount.toPlainString() + " in " + p.pathOf("amount") + " is not positive",
            "field", p.pathOf("amount"), "value", amount.toPlainString());
      }
      payments.add(Payment.of(date, amount));
    }
    long paid = 0;
    for (Payment p : payments) {
      if (!p.date().isAfter(asOf)) {
        paid = Money.addMinorUnits(paid, p.amount().minorUnits());
      }
    }
    if (paid > principal.minorUnits()) {
      throw KoproGoException.of(
          ErrorCode.OVERPAYMENT,
          "payments of " + Money.ofMinor(currency, paid).toPlainString() + " up to " + asOf
              + " exceed the principal " + principal.toPlainString(),
          "field", "payments", "value", Money.ofMinor(currency, paid).toPlainString());
    }
    CalculationInput given = input.optionalObject("policy");
    LatePenaltyPolicy policy = policy(given, currency);
    LocalDate formalNotice = given == null ? null : given.date("formalNoticeDate", null);
    if (policy.accrualStart() == AccrualStart.FORMAL_NOTICE && formalNotice == null) {
      throw KoproGoException.of(
          ErrorCode.MISSING_FIELD,
          "policy.formalNoticeDate is required with accrualStart FORMAL_NOTICE",
          "field", given.pathOf("formalNoticeDate"));
    }
    PenaltyAssessment a =
        LatePenalty.assess(principal, dueDate, asOf, payments, policy, formalNotice);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("late", a.late());
    out.put("daysLate", a.daysLate());
    out.put("interest", a.interest().toPlainString());
    out.put("fee", a.fee().toPlainString());
    out.put("penalty", a.penalty().toPlainString());
    out.put("outstandingPrincipal", a.outstandingPrincipal().toPlainString());
    return out;
  }

  private static LatePenaltyPolicy policy(CalculationInput policy, Currency currency) {
    Money zero = Money.zero(currency);
    if (policy == null) {
      return LatePenaltyPolicy.simpleInterest(
          PenaltyRate.fromStatutes(BigDecimal.ZERO, "policy of the calculation input"), currency);
    }
    BigDecimal rate = policy.decimal("annualRatePercent", BigDecimal.ZERO);
    PenaltyRate penaltyRate = PenaltyRate.fromStatutes(rate, "policy.annualRatePercent of the calculation input");
    BigDecimal cap = policy.has("capPercentOfPrincipal") ? policy.decimal("capPercentOfPrincipal") : null;
    if (cap != null && cap.signum() < 0) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_RATE, "cap " + cap.toPlainString() + "% of the principal is negative",
          "field", policy.pathOf("capPercentOfPrincipal"), "value", cap.toPlainString());
    }
    Money fee = notNegative(policy.money("flatFee", currency, zero), policy.pathOf("flatFee"));
    Money minimum = notNegative(policy.money("minimumPenalty", currency, zero), policy.pathOf("minimumPenalty"));
    long grace = policy.integer("graceDays", ErrorCode.INVALID_GRACE, 0);
    if (grace < 0 || grace > Integer.MAX_VALUE) {
      throw KoproGoException.of(
          ErrorCode.INVALID_GRACE, "grace of " + grace + " days is not possible",
          "field", policy.pathOf("graceDays"), "value", grace);
    }
    DayCount dayCount = DayCount.parse(policy.choice("dayCount", DayCount.ACT_365.name()));
    AccrualStart start = AccrualStart.parse(policy.choice("accrualStart", AccrualStart.DUE_DATE.name()));
    return new LatePenaltyPolicy(penaltyRate, dayCount, (int) grace, start, fee, minimum, cap);
  }

  private static Money notNegative(Money amount, String field) {
    if (amount.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, field + " " + amount.toPlainString() + " is negative",
          "field", field, "value", amount.toPlainString());
    }
    return amount;
  }
}
