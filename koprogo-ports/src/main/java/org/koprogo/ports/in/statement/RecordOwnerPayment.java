/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.statement;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import org.koprogo.ports.out.OwnerPayment;

/**
 * Records an owner's payment from the bank statement: one unit of work storing the payment and
 * its audit entry ({@link #RECORDED}: amount and value date, no personal data), time from the
 * {@code Clock} port. The owner's statement imputes it to the oldest installment first. Built with
 * the books ({@code UseCases.recordOwnerPayment(Bookkeeping)}), a payment of an owner whose first
 * building keeps books is also posted there (550 / 410, entry {@code owner-payment-<id>}) in the
 * same unit of work; {@code PERIOD_CLOSED} for a date in a closed year.
 */
public interface RecordOwnerPayment {
  /** The audit trail's action when a payment is recorded. */
  String RECORDED = "OwnerPaymentRecorded";

  /**
   * A payment to record.
   *
   * @param organisation the tenant
   * @param owner the owner's id
   * @param id the payment's id (a new UUID when null or blank)
   * @param date its value date
   * @param amount a positive plain decimal in the currency of the owner's first building (EUR
   *     when the owner holds no lot)
   * @param reference the bank reference (null: empty)
   * @param actor who records it (for the audit trail)
   */
  record Payment(String organisation, String owner, String id, LocalDate date, String amount, String reference,
      String actor) {}

  /**
   * A recorded payment.
   *
   * @param id its id
   * @param payment the payment as stored
   */
  record Recorded(String id, OwnerPayment payment) {}

  /**
   * Records a payment.
   *
   * @param payment the payment
   * @return the payment as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (owner), {@code
   *     MISSING_FIELD} ({@code date}, {@code amount}), {@code INVALID_AMOUNT}, {@code
   *     NEGATIVE_AMOUNT} (an amount that is not positive), {@code CONCURRENT_UPDATE} (the id is
   *     taken)
   */
  Recorded record(Payment payment);

  /**
   * Records a payment as a client sends it ({@link #record(Payment)}).
   *
   * @param organisation the tenant
   * @param owner the owner's id
   * @param payment the payment as the client sends it
   * @param actor who records it (for the audit trail)
   * @return the payment as stored
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #record(Payment)}
   */
  default Recorded record(String organisation, String owner, NewPayment payment, String actor) {
    return record(new Payment(organisation, owner, payment.id(), payment.date(), payment.amount(),
        payment.reference(), actor));
  }

  /**
   * A payment to record, as a client sends it.
   *
   * @param id its id (a new UUID when absent)
   * @param date value date
   * @param amount positive plain decimal in the building's currency
   * @param reference bank reference (empty when absent)
   */
  record NewPayment(@Nullable String id, LocalDate date, String amount, @Nullable String reference) {}
}
