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
 * One installment of a contribution plan, with the version that priced it and its formula in
 * words. Immutable.
 *
 * @param number the installment's number in the plan, from 1
 * @param dueDate its due date
 * @param version the number of the plan version that priced it
 * @param period its period within that version (0 for the version's first installment)
 * @param amount the amount due
 * @param explanation the formula in words, never blank
 */
public record ContributionInstallment(
    int number, LocalDate dueDate, int version, int period, Money amount, String explanation) {
  /**
   * Checks the installment.
   *
   * @param number the installment's number in the plan, from 1
   * @param dueDate its due date
   * @param version the number of the plan version that priced it
   * @param period its period within that version (0 for the version's first installment)
   * @param amount the amount due
   * @param explanation the formula in words, never blank
   * @throws KoproGoException {@code INVALID_FIELD} for a number or version below 1, or a negative
   *     period
   */
  public ContributionInstallment {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(explanation, "explanation");
    if (number < 1 || version < 1 || period < 0) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "numbers start at 1 and periods at 0", "field", "number");
    }
  }
}
