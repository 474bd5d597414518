/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.util.Objects;

/**
 * The outcome of one eligibility rule: its name, whether it passed, and why (with the figures).
 * Immutable.
 *
 * @param rule the rule's stable name, for example {@code "INCOME_LIMIT"}
 * @param passed whether it passed
 * @param reason a sentence with the figures compared
 */
public record RuleOutcome(String rule, boolean passed, String reason) {
  /**
   * Checks that every part is given.
   *
   * @param rule the rule's stable name, for example {@code "INCOME_LIMIT"}
   * @param passed whether it passed
   * @param reason a sentence with the figures compared
   */
  public RuleOutcome {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }

  static RuleOutcome of(String rule, boolean passed, String reason) {
    return new RuleOutcome(rule, passed, reason);
  }
}
