/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.Map;
import org.koprogo.domain.calculation.CalculationInput;
import org.koprogo.domain.calculation.RuleFamily;

/** The `coop-allocation` family of RULES.md: not implemented yet (its vectors fail until it is). */
public final class CoopAllocationFamily implements RuleFamily {
  @Override
  public String name() {
    return "coop-allocation";
  }

  @Override
  public boolean implemented() {
    return false;
  }

  @Override
  public Map<String, Object> evaluate(CalculationInput input) {
    throw new UnsupportedOperationException("coop-allocation is not implemented yet");
  }
}
