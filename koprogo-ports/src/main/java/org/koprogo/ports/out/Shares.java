/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.math.BigDecimal;

/** Shares are stored by value: {@code 1000.0} and {@code 1000} are the same share. */
final class Shares {
  private Shares() {}

  /** {@code value} without trailing zeros, never in exponent form ({@code 1000}, {@code 333.333}). */
  static BigDecimal normalised(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
