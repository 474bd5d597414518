/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.loan;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.koprogo.domain.calculation.CalculationInput;
import org.koprogo.domain.calculation.RuleFamily;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * The {@code loan-schedule} family of RULES.md: French amortisation with the nominal monthly rate
 * {@code annual / 12}. Input {@code principal}, {@code annualRatePercent}, {@code months}; output
 * {@code payment}, {@code lastPayment}, {@code totalInterest}, {@code totalPaid}. Errors in this
 * order: {@code NONPOSITIVE_PRINCIPAL}, {@code INVALID_TERM}, {@code NEGATIVE_RATE}.
 */
public final class LoanScheduleFamily implements RuleFamily {
  /**
   * Creates the family; {@link org.koprogo.domain.calculation.RuleFamilies} holds the one
   * instance the library uses.
   */
  public LoanScheduleFamily() {}

  @Override
  public String name() {
    return "loan-schedule";
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
    long months = input.integer("months", ErrorCode.INVALID_TERM);
    if (months < 1 || months > LoanTerms.MAX_MONTHS) {
      throw KoproGoException.of(
          ErrorCode.INVALID_TERM,
          "months must be from 1 to " + LoanTerms.MAX_MONTHS + ", got " + months,
          "field", "months", "value", months);
    }
    BigDecimal rate = input.decimal("annualRatePercent");
    LoanSchedule schedule = LoanSchedule.of(LoanTerms.of(principal, rate, (int) months));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("payment", schedule.payment().toPlainString());
    out.put("lastPayment", schedule.lastPayment().toPlainString());
    out.put("totalInterest", schedule.totalInterest().toPlainString());
    out.put("totalPaid", schedule.totalPaid().toPlainString());
    return out;
  }
}
