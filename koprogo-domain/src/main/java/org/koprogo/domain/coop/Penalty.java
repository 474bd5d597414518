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
 * A late penalty charged to a member on {@code date}; it is owed like a due from that date on.
 *
 * @param amount zero or more ({@code NEGATIVE_AMOUNT} otherwise)
 * @param member the member charged
 * @param date the date it was charged
 */
public record Penalty(MemberId member, LocalDate date, Money amount) {
  /**
   * Checks the penalty.
   *
   * @param member the member charged
   * @param date the date it was charged
   * @param amount zero or more ({@code NEGATIVE_AMOUNT} otherwise)
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative amount
   */
  public Penalty {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, "penalty " + amount + " of member " + member + " is negative",
          "member", member.value(), "value", amount.toPlainString());
    }
  }
}
