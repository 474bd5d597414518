/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Map;
import org.koprogo.domain.calculation.RuleFamilies;
import org.koprogo.ports.in.CalculateRuleFamily;

/** Computes a rule family through the domain's registry. Stateless and thread-safe. */
public final class RuleFamilyCalculation implements CalculateRuleFamily {
  /** Creates the calculation over the domain's registry of rule families. */
  public RuleFamilyCalculation() {}

  @Override
  public Map<String, Object> calculate(Command command) {
    return RuleFamilies.evaluate(command.family(), command.input());
  }
}
