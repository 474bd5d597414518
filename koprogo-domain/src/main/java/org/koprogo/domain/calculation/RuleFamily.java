/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.calculation;

import java.util.Map;

/**
 * One rule family of RULES.md as a stateless calculation over a plain JSON-like tree.
 *
 * <p>The input is what a conformance vector's {@code input} holds, read into plain Java values
 * ({@link Map}, {@link java.util.List}, {@link String}, {@link Boolean}, {@link Number}, null); the
 * output is the vector's {@code expect} shape in the same plain values (strings for amounts and
 * decimals, {@link Integer} for counts). This keeps the domain free of any JSON library: the
 * conformance runner and the HTTP host bring their own.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface RuleFamily {

  /**
   * The family's name as written in vector files ({@code "charge-distribution"}).
   *
   * @return the family's name
   */
  String name();

  /**
   * Computes the family's result.
   *
   * @param input the vector's input, never null
   * @return the result in the {@code expect} shape, never null
   * @throws org.koprogo.domain.shared.KoproGoException with the family's error code when the input
   *     is refused
   */
  Map<String, Object> evaluate(CalculationInput input);

  /**
   * False only for a family the library does not implement yet (its vectors then fail).
   *
   * @return whether the library implements the family
   */
  default boolean implemented() {
    return true;
  }
}
