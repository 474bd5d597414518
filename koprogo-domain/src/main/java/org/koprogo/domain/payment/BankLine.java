/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * One movement of a bank statement, whatever the file format (CODA, camt.053). Immutable.
 *
 * @param identity stable across imports of the same or an overlapping statement: the account and
 *     the bank's own reference of the movement (or, when the bank gives none, the movement's
 *     dates, amount, counterparty and communication with its rank among identical movements)
 * @param line the line (CODA) or entry number (camt.053) in its file, for messages
 * @param bookingDate the date the bank booked it
 * @param valueDate its value date
 * @param amount signed: positive for a credit (money received), negative for a debit
 * @param counterpartyName the payer's or payee's name, may be empty
 * @param counterpartyAccount their account (IBAN), may be empty
 * @param reference the structured reference the payer gave, if any (a wrong one is kept as free text)
 * @param communication the free communication, may be empty
 */
public record BankLine(
    String identity,
    int line,
    LocalDate bookingDate,
    LocalDate valueDate,
    Money amount,
    String counterpartyName,
    String counterpartyAccount,
    Optional<PaymentReference> reference,
    String communication) {
  /** The longest identity, name, account or communication kept. */
  public static final int MAX_TEXT = 500;

  /**
   * Checks the line.
   *
   * @param identity stable across imports of the same or an overlapping statement: the account and
   *     the bank's own reference of the movement (or, when the bank gives none, the movement's
   *     dates, amount, counterparty and communication with its rank among identical movements)
   * @param line the line (CODA) or entry number (camt.053) in its file, for messages
   * @param bookingDate the date the bank booked it
   * @param valueDate its value date
   * @param amount signed: positive for a credit (money received), negative for a debit
   * @param counterpartyName the payer's or payee's name, may be empty
   * @param counterpartyAccount their account (IBAN), may be empty
   * @param reference the structured reference the payer gave, if any (a wrong one is kept as free
   *     text)
   * @param communication the free communication, may be empty
   * @throws KoproGoException {@code MALFORMED_STATEMENT} for an empty or too long field
   */
  public BankLine {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(bookingDate, "bookingDate");
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(counterpartyName, "counterpartyName");
    Objects.requireNonNull(counterpartyAccount, "counterpartyAccount");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(communication, "communication");
    if (identity.isBlank() || identity.length() > MAX_TEXT || counterpartyName.length() > MAX_TEXT
        || counterpartyAccount.length() > MAX_TEXT || communication.length() > MAX_TEXT) {
      throw KoproGoException.of(ErrorCode.MALFORMED_STATEMENT, "line " + line + ": a field is empty or too long",
          "field", "line", "value", line);
    }
  }

  /**
   * True for money received.
   *
   * @return whether the amount is positive
   */
  public boolean isCredit() {
    return amount.isPositive();
  }
}
