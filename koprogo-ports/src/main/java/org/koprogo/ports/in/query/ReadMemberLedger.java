/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.LedgerEntry;

/**
 * Use case: read a member's contribution ledger a page at a time, with what they owe now, and
 * one entry by id. The balance comes from the ledger port's running totals, so reading it costs
 * the same at 10 entries and at 100,000.
 */
public interface ReadMemberLedger {

  /**
   * A page of the member's entries in recording order and their balance.
   *
   * @param organisation the tenant
   * @param member the member's id
   * @param limit 1 to 1000; null for 100
   * @param after the previous page's {@link LedgerPage#next()}, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown member,
   *     {@code INVALID_FIELD} naming {@code limit} (out of bounds) or {@code after} (blank or
   *     longer than 100 characters)
   */
  LedgerPage page(String organisation, String member, Integer limit, String after);

  /**
   * One entry.
   *
   * @param organisation the tenant
   * @param entry the entry's id
   * @return the entry as recorded
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  LedgerEntry entry(String organisation, String entry);

  /**
   * A page of a member's ledger.
   *
   * @param member the member's id
   * @param currency the currency of the member's first totals (EUR for a member without entries)
   * @param balance what is owed now in that currency: dues and penalties minus confirmed payments
   * @param entries the page's entries, in recording order
   * @param next the id to ask the next page after, or null on the last page
   */
  record LedgerPage(
      String member, Currency currency, Money balance, List<LedgerEntry> entries, String next) {
    /**
     * Checks the page.
     *
     * @param member the member's id
     * @param currency the balance's currency
     * @param balance what is owed now
     * @param entries the entries
     * @param next the next page's cursor, or null
     */
    public LedgerPage {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(balance, "balance");
      entries = List.copyOf(entries);
    }
  }
}
