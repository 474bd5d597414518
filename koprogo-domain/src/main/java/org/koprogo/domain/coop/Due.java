/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * An installment a member owes the cooperative from {@code dueDate} on.
 *
 * @param amount zero or more ({@code NEGATIVE_AMOUNT} otherwise)
 * @param member the member who owes it
 * @param dueDate the date it falls due
 */
public record Due(MemberId member, LocalDate dueDate, Money amount) {
  /**
   * Checks the due.
   *
   * @param member the member who owes it
   * @param dueDate the date it falls due
   * @param amount zero or more ({@code NEGATIVE_AMOUNT} otherwise)
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative amount
   */
  public Due {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, "due " + amount + " of member " + member + " is negative",
          "member", member.value(), "value", amount.toPlainString());
    }
  }
}
