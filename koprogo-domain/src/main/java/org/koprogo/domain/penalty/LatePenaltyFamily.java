/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.util.Map;
import org.koprogo.domain.calculation.CalculationInput;
import org.koprogo.domain.calculation.RuleFamily;

/** The `late-penalty` family of RULES.md: not implemented yet (its vectors fail until it is). */
public final class LatePenaltyFamily implements RuleFamily {
  @Override
  public String name() {
    return "late-penalty";
  }

  @Override
  public boolean implemented() {
    return false;
  }

  @Override
  public Map<String, Object> evaluate(CalculationInput input) {
    throw new UnsupportedOperationException("late-penalty is not implemented yet");
  }
}
