/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Arrays;
import org.koprogo.domain.loan.LoanSchedule;
import org.koprogo.domain.loan.LoanTerms;
import org.koprogo.domain.loan.MonthlyRateConvention;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.loan.ScheduleLoan;

/** {@link ScheduleLoan}: reads the terms, then the domain's {@link LoanSchedule}. */
final class LoanScheduling implements ScheduleLoan {

  @Override
  public Schedule schedule(Terms terms) {
    if (terms.principal() == null) {
      throw missing("principal");
    }
    if (terms.annualRatePercent() == null) {
      throw missing("annualRatePercent");
    }
    if (terms.months() == null) {
      throw missing("months");
    }
    if (terms.months() > MAX_MONTHS) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          "a schedule lists at most " + MAX_MONTHS + " months, not " + terms.months(),
          "field", "months", "value", terms.months());
    }
    Money principal = Money.parse(terms.principal(),
        Money.currency(terms.currency() == null ? "EUR" : terms.currency()), "principal");
    MonthlyRateConvention convention = MonthlyRateConvention.NOMINAL;
    if (terms.convention() != null) {
      try {
        convention = MonthlyRateConvention.valueOf(terms.convention());
      } catch (IllegalArgumentException e) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, "'" + terms.convention() + "' is not one of "
            + Arrays.toString(MonthlyRateConvention.values()), "field", "convention", "value", terms.convention());
      }
    }
    return new Schedule(principal, terms.annualRatePercent(), terms.months(), convention,
        LoanSchedule.of(new LoanTerms(principal, terms.annualRatePercent(), terms.months(), convention)));
  }

  private static KoproGoException missing(String field) {
    return KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
  }
}
