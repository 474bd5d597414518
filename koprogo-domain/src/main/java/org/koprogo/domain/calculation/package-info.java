/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The rule families of RULES.md as stateless calculations over a plain JSON-like tree: what the
 * conformance vectors and the generic calculation use case run.
 *
 * <p>Entry points: {@link org.koprogo.domain.calculation.RuleFamilies} (the registry, by name),
 * {@link org.koprogo.domain.calculation.RuleFamily} (one family) and {@link
 * org.koprogo.domain.calculation.CalculationInput} (the strict reading of an input object, with
 * error codes naming the field).
 */
package org.koprogo.domain.calculation;
