/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.calculation;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.koprogo.ports.application.RuleFamilyCalculation;
import org.koprogo.ports.in.CalculateRuleFamily;

/** Wires the plain-Java calculation use case of the ports module. */
@Factory
final class CalculationBeans {
  @Singleton
  CalculateRuleFamily calculateRuleFamily() {
    return new RuleFamilyCalculation();
  }
}
