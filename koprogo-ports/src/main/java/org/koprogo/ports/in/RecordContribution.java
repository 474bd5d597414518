/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * Use cases on a cooperative's contribution ledger (append-only and idempotent): a contribution
 * falls due, a member declares a payment, the treasurer confirms or rejects the declaration.
 * Retrying any of them with the same idempotency key records nothing more.
 *
 * <p>Refusals: {@code NOT_FOUND} (member, declaration), {@code ILLEGAL_TRANSITION} (confirming
 * a rejected declaration or the reverse, resolving something that is not a declaration,
 * reversing a payment that is not confirmed), {@code
 * INVALID_AMOUNT}, {@code NONPOSITIVE_PAYMENT}, {@code VALIDATION_FAILED}.
 */
public interface RecordContribution {

  /**
   * Records that a contribution falls due.
   *
   * @param command the due
   * @return the entry recorded (or the one already recorded under its key)
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code INVALID_AMOUNT},
   *     {@code VALIDATION_FAILED}
   */
  Recorded due(Entry command);

  /**
   * Records a member's declaration that they paid (it does not count until confirmed).
   *
   * @param command the declaration
   * @return the entry recorded (or the one already recorded under its key)
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code INVALID_AMOUNT},
   *     {@code NONPOSITIVE_PAYMENT}, {@code VALIDATION_FAILED}
   */
  Recorded declarePayment(Entry command);

  /**
   * Confirms a declared payment (found on the bank account).
   *
   * @param command the declaration confirmed
   * @return the entry recorded
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     ILLEGAL_TRANSITION}, {@code VALIDATION_FAILED}
   */
  Recorded confirm(Resolution command);

  /**
   * Rejects a declared payment (not found on the bank account).
   *
   * @param command the declaration rejected
   * @return the entry recorded
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     ILLEGAL_TRANSITION}, {@code VALIDATION_FAILED}
   */
  Recorded reject(Resolution command);

  /**
   * Reverses a confirmed payment (a correction: the confirmation itself is never changed; a
   * corrected amount is declared and confirmed anew).
   *
   * @param command the confirmed payment reversed
   * @return the entry recorded
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     ILLEGAL_TRANSITION}, {@code VALIDATION_FAILED}
   */
  Recorded reverse(Resolution command);

  /**
   * A new entry.
   *
   * @param organisation the tenant
   * @param member the member
   * @param entry the new entry's id
   * @param amount a positive plain decimal
   * @param currency ISO 4217 code
   * @param valueDate due date or payment value date
   * @param idempotencyKey the caller's key, the same on every retry
   * @param reason free text, may be empty
   * @param actor who records it
   */
  record Entry(
      @NotBlank String organisation,
      @NotBlank String member,
      @NotBlank String entry,
      @NotNull @Pattern(regexp = "[0-9]+(\\.[0-9]+)?") String amount,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
      @NotNull LocalDate valueDate,
      @NotBlank String idempotencyKey,
      @NotNull String reason,
      @NotBlank String actor) {}

  /**
   * The resolution of a declaration.
   *
   * @param organisation the tenant
   * @param declaration the declared payment's entry id
   * @param entry the id of the new entry that resolves it
   * @param reason why (a rejection's reason, a bank reference), may be empty
   * @param actor who resolves it
   */
  record Resolution(
      @NotBlank String organisation,
      @NotBlank String declaration,
      @NotBlank String entry,
      @NotNull String reason,
      @NotBlank String actor) {}

  /**
   * The outcome.
   *
   * @param entry the recorded entry's id (the earlier one when a duplicate)
   * @param kind its kind
   * @param duplicate true when nothing new was recorded
   */
  record Recorded(String entry, String kind, boolean duplicate) {}
}
