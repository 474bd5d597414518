/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One immutable fact of the contribution ledger.
 *
 * @param amount positive for a declaration, a due or a penalty; for a confirmation, rejection or
 *     reversal, the amount of the declaration it refers to
 * @param date the due date, the penalty's date, or the declared payment's value date
 * @param refersTo the declaration a confirmation, rejection or reversal is about; empty otherwise
 * @param detail the proof of a declaration, the reason of a rejection or reversal, the
 *     installment of a due; never personal data
 * @param recordedBy the actor's id
 * @param id the entry's id, unique in the ledger
 * @param key the idempotency key of the command that recorded it
 * @param kind what it records
 * @param member the member it concerns
 * @param recordedAt when it was recorded
 */
public record LedgerEntry(
    EntryId id,
    IdempotencyKey key,
    EntryKind kind,
    MemberId member,
    Money amount,
    LocalDate date,
    Optional<EntryId> refersTo,
    String detail,
    String recordedBy,
    Instant recordedAt) {
  /**
   * Checks the entry.
   *
   * @param id the entry's id, unique in the ledger
   * @param key the idempotency key of the command that recorded it
   * @param kind what it records
   * @param member the member it concerns
   * @param amount positive for a declaration, a due or a penalty; for a confirmation, rejection or
   *     reversal, the amount of the declaration it refers to
   * @param date the due date, the penalty's date, or the declared payment's value date
   * @param refersTo the declaration a confirmation, rejection or reversal is about; empty otherwise
   * @param detail the proof of a declaration, the reason of a rejection or reversal, the
   *     installment of a due; never personal data
   * @param recordedBy the actor's id
   * @param recordedAt when it was recorded
   * @throws KoproGoException {@code INVALID_FIELD} when a confirmation, rejection or reversal does
   *     not refer to a declaration (or another kind does), or for a negative amount
   */
  public LedgerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(refersTo, "refersTo");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    boolean resolution =
        kind == EntryKind.CONTRIBUTION_CONFIRMED
            || kind == EntryKind.CONTRIBUTION_REJECTED
            || kind == EntryKind.CONTRIBUTION_REVERSED;
    if (resolution != refersTo.isPresent()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, kind + (resolution ? " refers to a declaration" : " refers to nothing"), "field", "kind");
    }
    if (amount.isNegative()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a ledger amount is not negative: " + amount, "field", "amount");
    }
  }

  /**
   * True when {@code other} records the same thing (everything but who recorded it and when):
   * recording it again under the same key is then a harmless repeat.
   *
   * @param other another entry
   * @return whether both record the same fact
   */
  public boolean sameRecordAs(LedgerEntry other) {
    return id.equals(other.id)
        && key.equals(other.key)
        && kind == other.kind
        && member.equals(other.member)
        && amount.equals(other.amount)
        && date.equals(other.date)
        && refersTo.equals(other.refersTo)
        && detail.equals(other.detail);
  }
}
