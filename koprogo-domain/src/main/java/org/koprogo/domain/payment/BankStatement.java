/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * A bank statement as read from a file: the account, the opening and closing balances and the
 * movements. A statement always reconciles ({@code opening + movements = closing}): a file where
 * it does not is refused as malformed. Immutable.
 *
 * @param format {@code CODA} or {@code camt.053.001.02} / {@code camt.053.001.08}
 * @param account the account's IBAN (or the bank's account number when no IBAN is given)
 * @param number the statement's number or id
 * @param date the statement's date (the closing balance's date)
 * @param opening the opening balance
 * @param closing the closing balance
 * @param lines the movements, in file order
 */
public record BankStatement(
    String format, String account, String number, LocalDate date, Money opening, Money closing, List<BankLine> lines) {
  /**
   * Checks the statement and copies its lines.
   *
   * @param format {@code CODA} or {@code camt.053.001.02} / {@code camt.053.001.08}
   * @param account the account's IBAN (or the bank's account number when no IBAN is given)
   * @param number the statement's number or id
   * @param date the statement's date (the closing balance's date)
   * @param opening the opening balance
   * @param closing the closing balance
   * @param lines the movements, in file order
   * @throws KoproGoException {@code MALFORMED_STATEMENT} when the opening balance plus the
   *     movements is not the closing balance
   */
  public BankStatement {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(closing, "closing");
    lines = List.copyOf(lines);
    Money sum = opening;
    for (BankLine l : lines) {
      sum = sum.plus(l.amount());
    }
    if (!sum.equals(closing)) {
      throw KoproGoException.of(
          ErrorCode.MALFORMED_STATEMENT,
          "statement " + number + ": opening " + opening.toPlainString() + " plus the movements gives "
              + sum.toPlainString() + ", not the closing " + closing.toPlainString(),
          "field", "closing", "value", closing.toPlainString());
    }
  }
}
