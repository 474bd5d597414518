/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One entry of the journal: always balanced (its debits equal its credits, to the minor unit),
 * in one currency, never changed once recorded (a correction is a new entry). Immutable.
 *
 * <p>Only a {@link EntryKind#CLOSING} entry may have no lines: it then records that a year with
 * nothing to close was closed.
 *
 * @param id unique in the building's journal; recording the same id again records nothing
 * @param date the date the entry takes effect (its financial year)
 * @param kind what it records
 * @param label a short description (an invoice number, a call's period)
 * @param lines its lines, in order
 */
public record JournalEntry(String id, LocalDate date, EntryKind kind, String label, List<JournalLine> lines) {
  /** The longest id and label. */
  public static final int MAX_TEXT = 200;

  /**
   * Checks the entry and copies its lines.
   *
   * @param id unique in the building's journal; recording the same id again records nothing
   * @param date the date the entry takes effect (its financial year)
   * @param kind what it records
   * @param label a short description (an invoice number, a call's period)
   * @param lines its lines, in order
   * @throws KoproGoException {@code EMPTY_ENTRY}, {@code UNBALANCED_ENTRY}, {@code CURRENCY_MISMATCH}
   * @throws KoproGoException {@code VALIDATION_FAILED} for an id or label out of bounds ({@link
   *     #MAX_TEXT} characters)
   */
  public JournalEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    lines = List.copyOf(lines);
    if (id.isBlank() || id.length() > MAX_TEXT || label.length() > MAX_TEXT) {
      throw KoproGoException.of(
          ErrorCode.VALIDATION_FAILED, "an entry id is 1 to " + MAX_TEXT + " characters, its label at most as many",
          "field", id.isBlank() || id.length() > MAX_TEXT ? "id" : "label");
    }
    if (lines.isEmpty() ? kind != EntryKind.CLOSING : lines.size() < 2) {
      throw KoproGoException.of(
          ErrorCode.EMPTY_ENTRY, "entry " + id + " has " + lines.size() + " line(s): a journal entry has at least two",
          "field", "lines", "value", id);
    }
    long debit = 0;
    long credit = 0;
    for (JournalLine l : lines) {
      if (!l.amount().currency().equals(lines.get(0).amount().currency())) {
        throw KoproGoException.of(
            ErrorCode.CURRENCY_MISMATCH, "entry " + id + " mixes currencies", "field", "lines", "value", id);
      }
      if (l.side() == Side.DEBIT) {
        debit = add(debit, l.amount().minorUnits());
      } else {
        credit = add(credit, l.amount().minorUnits());
      }
    }
    if (debit != credit) {
      throw KoproGoException.of(
          ErrorCode.UNBALANCED_ENTRY,
          "entry " + id + " debits " + debit + " and credits " + credit + " minor units",
          "field", "lines", "value", id, "debit", debit, "credit", credit);
    }
  }

  /**
   * The total of the debits (equal to the total of the credits), in minor units.
   *
   * @return the total
   */
  public long totalMinor() {
    long total = 0;
    for (JournalLine l : lines) {
      if (l.side() == Side.DEBIT) {
        total += l.amount().minorUnits();
      }
    }
    return total;
  }

  static long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw KoproGoException.of(ErrorCode.AMOUNT_OVERFLOW, "a total left the range of 64-bit minor units");
    }
  }
}
