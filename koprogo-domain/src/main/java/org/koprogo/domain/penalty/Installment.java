/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * An amount called from an owner and due on a date. Immutable.
 *
 * @param id its id
 * @param dueDate the due date
 * @param amount the amount called, positive
 */
public record Installment(InstallmentId id, LocalDate dueDate, Money amount) {
  /**
   * Validates the installment.
   *
   * @param id its id
   * @param dueDate the due date
   * @param amount the amount called, positive
   * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL} for a zero or negative amount
   */
  public Installment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_PRINCIPAL,
          "installment " + id + " of " + amount.toPlainString() + " is not positive",
          "field", "amount", "value", amount.toPlainString());
    }
  }

  /**
   * An installment {@code id} of {@code amount} due on {@code dueDate}.
   *
   * @param id the installment's id
   * @param dueDate the day it falls due
   * @param amount the amount due, positive
   * @return the installment
   * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL} for a zero or negative amount, {@code
   *     INVALID_FIELD} for a blank id
   */
  public static Installment of(String id, LocalDate dueDate, Money amount) {
    return new Installment(InstallmentId.of(id), dueDate, amount);
  }
}
