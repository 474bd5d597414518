/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import java.util.Locale;
import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** How the installments of a contribution plan move from one period to the next (RULES.md). */
public enum IndexationMethod {
  /** Every installment is the base amount {@code B}. */
  FIXED,
  /** Installment {@code k} is {@code B * (1 + r*k)}: the same increase every period. */
  LINEAR,
  /** Installment {@code k} is {@code B * (1 + r)^k}: the increase compounds. */
  COMPOUND,
  /** Installment {@code k} is {@code B * index_k / index_0} (a construction-cost index, say). */
  INDEX;

  /**
   * The method named {@code name}, exactly as written in RULES.md.
   *
   * @param name the method's name
   * @return the method
   * @throws KoproGoException {@code UNKNOWN_METHOD} for any other name
   */
  public static IndexationMethod parse(String name) {
    for (IndexationMethod m : values()) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw KoproGoException.of(
        ErrorCode.UNKNOWN_METHOD,
        "unknown indexation method '" + Decimals.shown(name) + "' (expected FIXED, LINEAR, COMPOUND or INDEX)",
        "field", "method", "value", Decimals.shown(name));
  }

  /** The name in lower case, for explanations. */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
