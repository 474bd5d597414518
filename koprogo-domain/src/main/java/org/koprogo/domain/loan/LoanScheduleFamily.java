/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.loan;

import java.util.Map;
import org.koprogo.domain.calculation.CalculationInput;
import org.koprogo.domain.calculation.RuleFamily;

/** The `loan-schedule` family of RULES.md: not implemented yet (its vectors fail until it is). */
public final class LoanScheduleFamily implements RuleFamily {
  @Override
  public String name() {
    return "loan-schedule";
  }

  @Override
  public boolean implemented() {
    return false;
  }

  @Override
  public Map<String, Object> evaluate(CalculationInput input) {
    throw new UnsupportedOperationException("loan-schedule is not implemented yet");
  }
}
