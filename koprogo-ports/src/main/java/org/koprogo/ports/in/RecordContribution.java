/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.koprogo.ports.in.fields.ClientFields;

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

  // --- the entries as a client sends them: defaults applied here ---

  /**
   * Records the due a client sends.
   *
   * @param organisation the tenant
   * @param member the member
   * @param due the due
   * @param idempotencyKey the key the request carries besides its body (an HTTP header), or null:
   *     the body's key wins
   * @param actor who records it
   * @return the entry recorded (or the one already recorded under its key)
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #due(Entry)}
   */
  default Recorded due(String organisation, String member, NewEntry due, @Nullable String idempotencyKey,
      String actor) {
    return due(due.entry(organisation, member, idempotencyKey, actor));
  }

  /**
   * Records the declared payment a client sends.
   *
   * @param organisation the tenant
   * @param member the member
   * @param payment the declaration
   * @param idempotencyKey the key the request carries besides its body (an HTTP header), or null:
   *     the body's key wins
   * @param actor who declares it
   * @return the entry recorded (or the one already recorded under its key)
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #declarePayment(Entry)}
   */
  default Recorded declarePayment(String organisation, String member, NewPaymentDeclaration payment,
      @Nullable String idempotencyKey, String actor) {
    return declarePayment(new NewEntry(payment.id(), payment.amount(), payment.currency(), payment.valueDate(),
        payment.idempotencyKey(), payment.reason()).entry(organisation, member, idempotencyKey, actor));
  }

  /**
   * Confirms a declared payment with what a client sends (nothing, or the new entry's id and a
   * bank reference).
   *
   * @param organisation the tenant
   * @param declaration the declared payment's entry id
   * @param settlement the new entry's id and the reference, or null
   * @param actor who confirms it
   * @return the entry recorded
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #confirm(Resolution)}
   */
  default Recorded confirm(String organisation, String declaration, @Nullable Settlement settlement, String actor) {
    Settlement s = settlement == null ? new Settlement(null, null) : settlement;
    return confirm(s.resolution(organisation, declaration, actor));
  }

  /**
   * Rejects a declared payment with the reason a client sends.
   *
   * @param organisation the tenant
   * @param declaration the declared payment's entry id
   * @param correction the new entry's id and the reason, or null (refused: the reason is required)
   * @param actor who rejects it
   * @return the entry recorded
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #reject(Resolution)}
   */
  default Recorded reject(String organisation, String declaration, @Nullable Correction correction, String actor) {
    return reject(Correction.settlement(correction).resolution(organisation, declaration, actor));
  }

  /**
   * Reverses a confirmed payment with the reason a client sends.
   *
   * @param organisation the tenant
   * @param payment the confirmed payment's entry id
   * @param correction the new entry's id and the reason, or null (refused: the reason is required)
   * @param actor who reverses it
   * @return the entry recorded
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #reverse(Resolution)}
   */
  default Recorded reverse(String organisation, String payment, @Nullable Correction correction, String actor) {
    return reverse(Correction.settlement(correction).resolution(organisation, payment, actor));
  }

  /**
   * A ledger entry to record, as a client sends it: a due, or a declared payment.
   *
   * @param id the entry's id (a new UUID when absent)
   * @param amount positive plain decimal
   * @param currency ISO 4217 (EUR when absent)
   * @param valueDate due date or payment value date
   * @param idempotencyKey the same on every retry (or the Idempotency-Key header)
   * @param reason free text
   */
  record NewEntry(@Nullable String id, String amount, @Nullable String currency,
      LocalDate valueDate, @Nullable String idempotencyKey, @Nullable String reason) {

    private Entry entry(String organisation, String member, String otherKey, String actor) {
      String key = idempotencyKey != null ? idempotencyKey : otherKey == null ? "" : otherKey;
      return new Entry(organisation, member, ClientFields.orNew(id), amount, currency == null ? "EUR" : currency, valueDate,
          key, ClientFields.orEmpty(reason), actor);
    }
  }

  /**
   * A declared payment, as a client sends it: its proof is required.
   *
   * @param id the entry's id (a new UUID when absent)
   * @param amount positive plain decimal
   * @param currency ISO 4217 (EUR when absent)
   * @param valueDate the payment's value date
   * @param idempotencyKey the same on every retry (or the Idempotency-Key header)
   * @param reason the proof of the payment: a bank reference
   */
  record NewPaymentDeclaration(@Nullable String id, String amount, @Nullable String currency,
      LocalDate valueDate, @Nullable String idempotencyKey, String reason) {}

  /**
   * The resolution of a declared payment, as a client sends it.
   *
   * @param id the new entry's id (a new UUID when absent)
   * @param reason a bank reference or the rejection's reason
   */
  record Settlement(@Nullable String id, @Nullable String reason) {

    private Resolution resolution(String organisation, String declaration, String actor) {
      return new Resolution(organisation, declaration, ClientFields.orNew(id), ClientFields.orEmpty(reason), actor);
    }
  }

  /**
   * The rejection or the reversal of a payment, as a client sends it: its reason is required.
   *
   * @param id the new entry's id (a new UUID when absent)
   * @param reason why the payment is rejected (not found on the bank account) or reversed
   */
  record Correction(@Nullable String id, String reason) {

    private static Settlement settlement(Correction correction) {
      return correction == null ? new Settlement(null, null) : new Settlement(correction.id(), correction.reason());
    }
  }
}
