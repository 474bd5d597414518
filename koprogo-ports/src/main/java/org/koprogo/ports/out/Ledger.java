/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.shared.Money;

/**
 * The contribution ledger of each cooperative: append-only and idempotent.
 *
 * <p>Contract, for every adapter:
 *
 * <ul>
 *   <li>Nothing is ever updated or deleted; entries come back in the order they were recorded.
 *   <li>Recording an entry whose {@code idempotencyKey} is already recorded in the organisation
 *       records nothing and returns the entry already recorded ({@code duplicate == true}), even
 *       under concurrency (a database adapter enforces it with a unique constraint).
 *   <li>A declaration is decided at most once: recording a second confirmation or rejection of
 *       the same declaration records nothing and returns the first one ({@code duplicate ==
 *       true}); the caller compares kinds. It is likewise reversed at most once.
 *   <li>Every read is scoped by the organisation.
 * </ul>
 */
public interface Ledger {

  /**
   * Records {@code entry}, once.
   *
   * @param entry the entry
   * @return the entry recorded now, or the one already recorded under its idempotency key or
   *     resolving the same declaration
   */
  Recorded record(LedgerEntry entry);

  /**
   * The entry {@code id} of {@code organisation}.
   *
   * @param organisation the tenant
   * @param id the entry's id
   * @return the entry, or empty
   */
  Optional<LedgerEntry> find(OrganisationId organisation, LedgerEntryId id);

  /**
   * The entries of {@code member}, in recording order.
   *
   * @param organisation the tenant
   * @param member the member
   * @return the entries
   */
  List<LedgerEntry> entriesOf(OrganisationId organisation, MemberId member);

  /**
   * The confirmation or rejection of {@code declaration}, if there is one.
   *
   * @param organisation the tenant
   * @param declaration the declared payment
   * @return the resolution, or empty
   */
  Optional<LedgerEntry> resolutionOf(OrganisationId organisation, LedgerEntryId declaration);

  /**
   * Every entry of {@code organisation}, in recording order.
   *
   * @param organisation the tenant
   * @return the entries
   */
  List<LedgerEntry> entries(OrganisationId organisation);

  /**
   * A page of the entries of {@code member} in recording order: those recorded after the entry
   * {@code after} (from the first when empty), at most {@code limit}. An adapter reads along an
   * index and stops at the limit; this default reads every entry of the member.
   *
   * @param organisation the tenant
   * @param member the member
   * @param after the last entry of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  default List<LedgerEntry> entriesOf(
      OrganisationId organisation, MemberId member, Optional<LedgerEntryId> after, int limit) {
    return IdPages.following(entriesOf(organisation, member), after, LedgerEntry::id, limit);
  }

  /**
   * The totals of {@code member}'s entries, one per currency they use (empty for a member with
   * no entry). They equal {@link Totals#of} over {@link #entriesOf(OrganisationId, MemberId)}: a
   * database adapter keeps them as a running summary updated by {@link #record} in the same
   * transaction, so that reading them costs the same at 10 entries and at 100,000; this default
   * replays the entries.
   *
   * @param organisation the tenant
   * @param member the member
   * @return the totals, one per currency
   */
  default List<Totals> totalsOf(OrganisationId organisation, MemberId member) {
    return Totals.of(entriesOf(organisation, member));
  }

  /**
   * The confirmed payments, net of reversals, of {@code members} together in {@code currency}
   * (zero for none): what a group's funding threshold is measured against.
   *
   * @param organisation the tenant
   * @param members the members
   * @param currency the currency
   * @return the total
   */
  default Money confirmedOf(OrganisationId organisation, Collection<MemberId> members, Currency currency) {
    Money sum = Money.zero(currency);
    for (MemberId m : members) {
      for (Totals t : totalsOf(organisation, m)) {
        if (t.currency().equals(currency)) {
          sum = sum.plus(t.netConfirmed());
        }
      }
    }
    return sum;
  }

  /**
   * The totals of each of {@code members}' entries valued on or before {@code upTo}, one per
   * currency with such an entry (an empty list for a member with none), in the order of {@code
   * members}. They equal {@link Totals#of} over the entries of {@link #entriesOf(OrganisationId,
   * MemberId)} whose value date is not after {@code upTo} (a resolution carries its declaration's
   * value date). A database adapter takes the running summary of {@link #totalsOf} and subtracts
   * the entries valued after {@code upTo}, read along an index by member and value date, so the
   * cost follows the members and the entries after the day, not the ledger's history; this
   * default replays every entry of each member.
   *
   * @param organisation the tenant
   * @param members the members
   * @param upTo the last value date counted
   * @return the totals by member
   */
  default Map<MemberId, List<Totals>> totalsAt(
      OrganisationId organisation, Collection<MemberId> members, LocalDate upTo) {
    Objects.requireNonNull(upTo, "upTo");
    Map<MemberId, List<Totals>> result = new LinkedHashMap<>();
    for (MemberId m : members) {
      result.put(m, Totals.of(entriesOf(organisation, m).stream()
          .filter(e -> !e.valueDate().isAfter(upTo)).toList()));
    }
    return result;
  }

  /**
   * The sums of one member's entries in one currency, by kind.
   *
   * @param entries how many entries (of every kind, declarations and rejections included)
   * @param currency the currency of every amount totalled
   * @param dues the dues called
   * @param penalties the penalties charged
   * @param declared the payments declared
   * @param confirmed the payments confirmed
   * @param rejected the payments rejected
   * @param reversed the confirmed payments reversed
   */
  record Totals(
      Currency currency, Money dues, Money penalties, Money declared, Money confirmed, Money rejected,
      Money reversed, long entries) {
    /**
     * Checks the totals.
     *
     * @param currency the currency of every amount totalled
     * @param dues the dues called
     * @param penalties the penalties charged
     * @param declared the payments declared
     * @param confirmed the payments confirmed
     * @param rejected the payments rejected
     * @param reversed the confirmed payments reversed
     * @param entries how many entries (of every kind, declarations and rejections included)
     * @throws IllegalArgumentException for an amount in another currency or a negative number of
     *     entries
     */
    public Totals {
      Objects.requireNonNull(currency, "currency");
      for (Money m : List.of(dues, penalties, declared, confirmed, rejected, reversed)) {
        Objects.requireNonNull(m, "amount");
        if (!m.currency().equals(currency)) {
          throw new IllegalArgumentException(m + " is not in " + currency);
        }
      }
      if (entries < 0) {
        throw new IllegalArgumentException("entries " + entries + " is negative");
      }
    }

    /**
     * Nothing recorded yet, in {@code currency}.
     *
     * @param currency the currency
     * @return zero totals
     */
    public static Totals zero(Currency currency) {
      Money z = Money.zero(currency);
      return new Totals(currency, z, z, z, z, z, z, 0);
    }

    /**
     * The totals after {@code e} (in this currency).
     *
     * @param e an entry in this currency
     * @return the totals after
     */
    public Totals plus(LedgerEntry e) {
      Money a = e.amount();
      return switch (e.kind()) {
        case DUE -> new Totals(currency, dues.plus(a), penalties, declared, confirmed, rejected, reversed, entries + 1);
        case PENALTY -> new Totals(currency, dues, penalties.plus(a), declared, confirmed, rejected, reversed, entries + 1);
        case PAYMENT_DECLARED -> new Totals(currency, dues, penalties, declared.plus(a), confirmed, rejected, reversed, entries + 1);
        case PAYMENT_CONFIRMED -> new Totals(currency, dues, penalties, declared, confirmed.plus(a), rejected, reversed, entries + 1);
        case PAYMENT_REJECTED -> new Totals(currency, dues, penalties, declared, confirmed, rejected.plus(a), reversed, entries + 1);
        case PAYMENT_REVERSED -> new Totals(currency, dues, penalties, declared, confirmed, rejected, reversed.plus(a), entries + 1);
      };
    }

    /**
     * These totals less {@code other}'s (the same currency): the totals without the entries
     * {@code other} sums.
     *
     * @param other totals of some of the entries summed here
     * @return the difference, kind by kind
     */
    public Totals minus(Totals other) {
      return new Totals(currency, dues.minus(other.dues), penalties.minus(other.penalties),
          declared.minus(other.declared), confirmed.minus(other.confirmed), rejected.minus(other.rejected),
          reversed.minus(other.reversed), entries - other.entries);
    }

    /**
     * Confirmed payments less the reversed ones.
     *
     * @return the net confirmed payments
     */
    public Money netConfirmed() {
      return confirmed.minus(reversed);
    }

    /**
     * The totals of {@code entries} per currency, in order of first use: the full replay.
     *
     * @param entries the entries, in recording order
     * @return the totals, one per currency
     */
    public static List<Totals> of(List<LedgerEntry> entries) {
      Map<Currency, Totals> byCurrency = new LinkedHashMap<>();
      for (LedgerEntry e : entries) {
        Currency c = e.amount().currency();
        byCurrency.put(c, byCurrency.getOrDefault(c, zero(c)).plus(e));
      }
      return List.copyOf(new ArrayList<>(byCurrency.values()));
    }
  }

  /**
   * The outcome of {@link #record}.
   *
   * @param entry the stored entry (the earlier one when a duplicate)
   * @param duplicate true when nothing was recorded because an equivalent entry already was
   */
  record Recorded(LedgerEntry entry, boolean duplicate) {}
}
