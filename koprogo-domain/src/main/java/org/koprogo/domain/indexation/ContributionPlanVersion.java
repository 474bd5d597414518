/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One version of a contribution plan: from {@code effectiveFrom} on, installments are {@code
 * base} indexed by {@code indexation}, counting periods from the first installment due on or after
 * {@code effectiveFrom} (that installment is period 0 of this version and equals {@code base}
 * times the rule's factor 0). Immutable.
 *
 * @param number the version number, 1 for the first, never reused
 * @param effectiveFrom the first due date this version prices
 * @param base the base amount, not negative
 * @param indexation the rule
 * @param reason why this version was adopted (for example the resolution that decided it), for
 *     explanations; may be empty, never null
 */
public record ContributionPlanVersion(
    int number, LocalDate effectiveFrom, Money base, Indexation indexation, String reason) {
  /**
   * Checks the version.
   *
   * @param number the version number, 1 for the first, never reused
   * @param effectiveFrom the first due date this version prices
   * @param base the base amount, not negative
   * @param indexation the rule
   * @param reason why this version was adopted (for example the resolution that decided it), for
   *     explanations; may be empty, never null
   * @throws KoproGoException {@code INVALID_FIELD} for a number below 1
   */
  public ContributionPlanVersion {
    if (number < 1) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "version numbers start at 1, got " + number, "field", "number");
    }
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Indexation.checkBase(base);
    Objects.requireNonNull(indexation, "indexation");
    Objects.requireNonNull(reason, "reason");
  }
}
