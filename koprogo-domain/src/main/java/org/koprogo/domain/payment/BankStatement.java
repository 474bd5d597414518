/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /**
   * The identity of each line as a bank movement, the same whatever the file format it came in
   * (CODA or camt.053), in the order of {@link #lines()}: the account (its IBAN, spaces removed,
   * upper case, at most 100 characters), the booking date, the signed amount and currency, the structured reference (its
   * electronic form, empty when there is none) and the line's rank among the lines of this
   * statement that share these four. The bank's own reference of a movement is left out (CODA and
   * camt.053 do not carry the same one), and so are the counterparty's name, account and the free
   * communication (each format cuts or omits them differently). Two movements of one day with the
   * same amount and no reference are told apart by their order in the statement, which both
   * formats keep.
   *
   * @return one movement identity per line
   */
  public List<String> movements() {
    String spaced = account.replace(" ", "").toUpperCase(Locale.ROOT);
    String iban = spaced.length() > 100 ? spaced.substring(0, 100) : spaced;
    Map<String, Integer> ranks = new HashMap<>();
    List<String> movements = new ArrayList<>(lines.size());
    for (BankLine l : lines) {
      String base = "MOVEMENT|" + iban + "|" + l.bookingDate() + "|" + l.amount().currency().getCurrencyCode()
          + "|" + l.amount().minorUnits() + "|" + l.reference().map(PaymentReference::electronic).orElse("");
      movements.add(base + "|" + ranks.merge(base, 1, Integer::sum));
    }
    return List.copyOf(movements);
  }
}
