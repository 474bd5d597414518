/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * One entry of a cooperative's contribution ledger: an immutable fact, never changed once
 * recorded. A payment is first declared (by the member or an import), then confirmed or
 * rejected by a new entry that {@code resolves} the declaration.
 *
 * @param organisation the tenant
 * @param id its id
 * @param member whose account it concerns
 * @param kind what it records
 * @param amount a positive amount (the kind says whether it is owed or paid)
 * @param valueDate the value date (due date of a due, value date of a payment)
 * @param resolves for a confirmation or rejection, the declaration it resolves; null otherwise
 * @param idempotencyKey the caller's key: recording the same key again records nothing
 * @param reason free text (a rejection's reason, a due's period, a declaration's proof), may be
 *     empty
 * @param recordedBy who recorded it (a user id, never a name)
 * @param recordedAt when it was recorded
 */
public record LedgerEntry(
    OrganisationId organisation,
    LedgerEntryId id,
    MemberId member,
    Kind kind,
    Money amount,
    LocalDate valueDate,
    LedgerEntryId resolves,
    String idempotencyKey,
    String reason,
    String recordedBy,
    Instant recordedAt) {
  /**
   * Checks the entry.
   *
   * @param organisation the tenant
   * @param id its id
   * @param member whose account it concerns
   * @param kind what it records
   * @param amount a positive amount (the kind says whether it is owed or paid)
   * @param valueDate the value date (due date of a due, value date of a payment)
   * @param resolves for a confirmation or rejection, the declaration it resolves; null otherwise
   * @param idempotencyKey the caller's key: recording the same key again records nothing
   * @param reason free text (a rejection's reason, a due's period, a declaration's proof), may be
   *     empty
   * @param recordedBy who recorded it (a user id, never a name)
   * @param recordedAt when it was recorded
   * @throws IllegalArgumentException for a blank idempotency key, a negative amount, or a
   *     resolution that does not name its declaration (or another kind that does)
   */
  public LedgerEntry {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("an idempotency key is not blank");
    }
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a ledger amount is not negative: " + amount);
    }
    if (kind.resolvesADeclaration() != (resolves != null)) {
      throw new IllegalArgumentException(
          kind + (kind.resolvesADeclaration() ? " resolves a declaration" : " resolves nothing"));
    }
  }

  /** What an entry records. */
  public enum Kind {
    /** A contribution falls due. */
    DUE,
    /** A late-payment penalty. */
    PENALTY,
    /** A payment declared, not yet checked against the bank. */
    PAYMENT_DECLARED,
    /** A declared payment found on the bank account (it now counts as paid). */
    PAYMENT_CONFIRMED,
    /** A declared payment not found (it never counts). */
    PAYMENT_REJECTED,
    /** A confirmed payment cancelled by a reversing entry (a correction). */
    PAYMENT_REVERSED;

    /**
     * True for the kinds that refer to a declaration ({@code resolves} is set).
     *
     * @return whether it resolves a declaration
     */
    public boolean resolvesADeclaration() {
      return this == PAYMENT_CONFIRMED || this == PAYMENT_REJECTED || this == PAYMENT_REVERSED;
    }

    /**
     * The slot a resolution takes on its declaration: a declaration is confirmed or rejected once
     * ({@code "DECIDED"}) and reversed at most once ({@code "REVERSED"}); null for the others.
     *
     * @return the slot, or null
     */
    public String resolutionSlot() {
      return switch (this) {
        case PAYMENT_CONFIRMED, PAYMENT_REJECTED -> "DECIDED";
        case PAYMENT_REVERSED -> "REVERSED";
        default -> null;
      };
    }
  }
}
