/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.Due;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.Payment;
import org.koprogo.domain.coop.Penalty;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.FundsCalled;
import org.koprogo.domain.coop.event.PenaltyApplied;
import org.koprogo.domain.coop.event.TimelineKind;
import org.koprogo.domain.coop.event.Trail;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * A cooperative's contribution ledger: an append-only list of {@link LedgerEntry} facts.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Every entry carries an {@link IdempotencyKey}: recording the same record under the same
 *       key again changes nothing; a different record under a used key is refused ({@code
 *       IDEMPOTENCY_CONFLICT}).
 *   <li>Entries are never changed or deleted. A declaration's status ({@link ContributionStatus})
 *       is derived from the entries that refer to it; a confirmed contribution is corrected only
 *       by a reversing entry.
 *   <li>{@link #balance(MemberId)} = confirmed contributions - reversals.
 * </ul>
 *
 * <p>Immutable: every command returns a {@link Change} with the new ledger and its events.
 */
public final class Ledger {
  private final GroupId group;
  private final Currency currency;
  private final List<LedgerEntry> entries;
  private final Map<IdempotencyKey, LedgerEntry> byKey;
  private final Map<EntryId, LedgerEntry> byId;
  private final Map<EntryId, ContributionStatus> statuses;

  private Ledger(
      GroupId group, Currency currency, List<LedgerEntry> entries,
      Map<IdempotencyKey, LedgerEntry> byKey, Map<EntryId, LedgerEntry> byId,
      Map<EntryId, ContributionStatus> statuses) {
    this.group = group;
    this.currency = currency;
    this.entries = entries;
    this.byKey = byKey;
    this.byId = byId;
    this.statuses = statuses;
  }

  /**
   * An empty ledger of {@code group} kept in {@code currency}.
   *
   * @param group the group
   * @param currency the currency of every entry
   * @return the empty ledger
   */
  public static Ledger empty(GroupId group, Currency currency) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(currency, "currency");
    return new Ledger(group, currency, List.of(), Map.of(), Map.of(), Map.of());
  }

  /**
   * The group whose ledger this is.
   *
   * @return the group
   */
  public GroupId group() {
    return group;
  }

  /**
   * The currency of every entry.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Every entry, in the order recorded (unmodifiable).
   *
   * @return the entries
   */
  public List<LedgerEntry> entries() {
    return entries;
  }

  /**
   * The entry with that id, if any.
   *
   * @param id an entry id
   * @return the entry, or empty
   */
  public Optional<LedgerEntry> entry(EntryId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The status of a declared contribution.
   *
   * @param declaration the declaration's entry id
   * @return PENDING, CONFIRMED, REJECTED or REVERSED
   * @throws KoproGoException {@code UNKNOWN_ENTRY} when {@code declaration} is not a declaration
   */
  public ContributionStatus status(EntryId declaration) {
    declaration(declaration);
    return statuses.get(declaration);
  }

  // --- commands ---

  /**
   * Calls an installment from a member: a DUE entry, and a call-for-funds notice.
   *
   * @param installment the installment's reference in the contribution plan ({@code "2026-03"})
   * @param id the new entry's id
   * @param key the command's idempotency key: the same call again changes nothing
   * @param member the member called
   * @param dueDate when the installment falls due
   * @param amount the amount called, zero or more
   * @param actor who calls (a manager)
   * @param at when, from the Clock port
   * @return the ledger after, with its audit, timeline and notification events (unchanged for a
   *     repeat)
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     NEGATIVE_AMOUNT} for a negative amount, {@code CURRENCY_MISMATCH} for another currency,
   *     {@code IDEMPOTENCY_CONFLICT} for a key or id already used for another entry
   */
  public Change<Ledger> callFunds(
      EntryId id, IdempotencyKey key, MemberId member, String installment, LocalDate dueDate,
      Money amount, Actor actor, Instant at) {
    actor.requireManager("call funds");
    nonNegative(amount, "due");
    LedgerEntry entry =
        new LedgerEntry(id, key, EntryKind.DUE, member, amount, dueDate, Optional.empty(), installment, actor.id(), at);
    return record(entry, actor, at, trail -> trail
        .audit("FundsCalled", "ledger:" + id, "", amount.toPlainString() + " due " + dueDate)
        .notify(new FundsCalled(group, member, installment, dueDate, amount, at)));
  }

  /**
   * Charges a late penalty (computed by the penalty policies): a PENALTY entry and a notice.
   *
   * @param id the new entry's id
   * @param key the command's idempotency key: the same call again changes nothing
   * @param member the member charged
   * @param date the penalty's date
   * @param amount the penalty, zero or more
   * @param reason why (the policy and installment), never personal data
   * @param actor who charges it (a manager)
   * @param at when, from the Clock port
   * @return the ledger after, with its audit, timeline and notification events (unchanged for a
   *     repeat)
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     NEGATIVE_AMOUNT} for a negative amount, {@code CURRENCY_MISMATCH} for another currency,
   *     {@code IDEMPOTENCY_CONFLICT} for a key or id already used for another entry
   */
  public Change<Ledger> applyPenalty(
      EntryId id, IdempotencyKey key, MemberId member, LocalDate date, Money amount, String reason,
      Actor actor, Instant at) {
    actor.requireManager("apply a penalty");
    nonNegative(amount, "penalty");
    LedgerEntry entry =
        new LedgerEntry(id, key, EntryKind.PENALTY, member, amount, date, Optional.empty(), reason, actor.id(), at);
    return record(entry, actor, at, trail -> trail
        .audit("PenaltyApplied", "ledger:" + id, "", amount.toPlainString())
        .notify(new PenaltyApplied(group, member, id.value(), amount, at)));
  }

  /**
   * A member (or a manager for them) declares a contribution with its proof: PENDING.
   *
   * @param id the new entry's id
   * @param key the command's idempotency key: the same call again changes nothing
   * @param member the member who paid
   * @param amount the amount paid, positive
   * @param valueDate the payment's value date
   * @param proof a reference to the proof of payment
   * @param actor the member themselves or a manager
   * @param at when, from the Clock port
   * @return the ledger after, with its audit and timeline events (unchanged for a repeat)
   * @throws KoproGoException {@code NONPOSITIVE_PAYMENT} for an amount not above zero
   * @throws KoproGoException {@code NOT_PERMITTED} for another member, {@code MISSING_FIELD}
   *     without a proof, {@code CURRENCY_MISMATCH} for another currency, {@code
   *     IDEMPOTENCY_CONFLICT} for a key or id already used for another entry
   */
  public Change<Ledger> declare(
      EntryId id, IdempotencyKey key, MemberId member, Money amount, LocalDate valueDate,
      String proof, Actor actor, Instant at) {
    actor.requireManagerOrSelf(member, "declare a contribution");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_PAYMENT, "contribution " + amount + " is not positive",
          "field", "amount", "value", amount.toPlainString());
    }
    if (proof == null || proof.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, "a declaration needs a proof", "field", "proof");
    }
    LedgerEntry entry =
        new LedgerEntry(id, key, EntryKind.CONTRIBUTION_DECLARED, member, amount, valueDate, Optional.empty(), proof, actor.id(), at);
    return record(entry, actor, at, trail -> trail
        .audit("ContributionDeclared", "ledger:" + id, "", ContributionStatus.PENDING.name())
        .timeline(TimelineKind.STATUS_CHANGE, "ledger:" + id, "contribution declared"));
  }

  /**
   * A manager confirms a pending declaration: it now counts as paid.
   *
   * @param id the new entry's id
   * @param key the command's idempotency key: the same call again changes nothing
   * @param declaration the declaration confirmed
   * @param actor who confirms it (a manager)
   * @param at when, from the Clock port
   * @return the ledger after, with its audit and timeline events (unchanged for a repeat)
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     UNKNOWN_ENTRY} when {@code declaration} is not a declaration, {@code ILLEGAL_TRANSITION}
   *     unless it is PENDING, {@code IDEMPOTENCY_CONFLICT} for a key or id already used for another
   *     entry
   */
  public Change<Ledger> confirm(EntryId id, IdempotencyKey key, EntryId declaration, Actor actor, Instant at) {
    actor.requireManager("confirm a contribution");
    return resolve(id, key, declaration, ContributionStatus.CONFIRMED, EntryKind.CONTRIBUTION_CONFIRMED, "", actor, at);
  }

  /**
   * A manager rejects a pending declaration, with a reason: it never counts.
   *
   * @param id the new entry's id
   * @param key the command's idempotency key: the same call again changes nothing
   * @param declaration the declaration rejected
   * @param reason why, never personal data
   * @param actor who rejects it (a manager)
   * @param at when, from the Clock port
   * @return the ledger after, with its audit and timeline events (unchanged for a repeat)
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     MISSING_FIELD} without a reason, {@code UNKNOWN_ENTRY} when {@code declaration} is not a
   *     declaration, {@code ILLEGAL_TRANSITION} unless it is PENDING, {@code IDEMPOTENCY_CONFLICT}
   *     for a key or id already used for another entry
   */
  public Change<Ledger> reject(
      EntryId id, IdempotencyKey key, EntryId declaration, String reason, Actor actor, Instant at) {
    actor.requireManager("reject a contribution");
    requireReason(reason);
    return resolve(id, key, declaration, ContributionStatus.REJECTED, EntryKind.CONTRIBUTION_REJECTED, reason, actor, at);
  }

  /**
   * A manager corrects a confirmed contribution with a reversing entry (the confirmed entry
   * itself is never touched). A corrected amount is then declared and confirmed anew.
   *
   * @param id the new entry's id
   * @param key the command's idempotency key: the same call again changes nothing
   * @param declaration the confirmed declaration reversed
   * @param reason why, never personal data
   * @param actor who reverses it (a manager)
   * @param at when, from the Clock port
   * @return the ledger after, with its audit and timeline events (unchanged for a repeat)
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     MISSING_FIELD} without a reason, {@code UNKNOWN_ENTRY} when {@code declaration} is not a
   *     declaration, {@code ILLEGAL_TRANSITION} unless it is CONFIRMED, {@code
   *     IDEMPOTENCY_CONFLICT} for a key or id already used for another entry
   */
  public Change<Ledger> reverse(
      EntryId id, IdempotencyKey key, EntryId declaration, String reason, Actor actor, Instant at) {
    actor.requireManager("reverse a contribution");
    requireReason(reason);
    return resolve(id, key, declaration, ContributionStatus.REVERSED, EntryKind.CONTRIBUTION_REVERSED, reason, actor, at);
  }

  private Change<Ledger> resolve(
      EntryId id, IdempotencyKey key, EntryId declaration, ContributionStatus to, EntryKind kind,
      String reason, Actor actor, Instant at) {
    LedgerEntry declared = declaration(declaration);
    LedgerEntry entry =
        new LedgerEntry(id, key, kind, declared.member(), declared.amount(), declared.date(), Optional.of(declaration), reason, actor.id(), at);
    ContributionStatus from = statuses.get(declaration);
    if (!byKey.containsKey(key)) {
      // A repeat under the same key is settled by record(); anything else must be a transition.
      ContributionStatus.WORKFLOW.check(from, to);
    }
    return record(entry, actor, at, trail -> trail
        .statusChanged("Contribution" + titleCase(to), "ledger:" + declaration, from, to));
  }

  private Change<Ledger> record(
      LedgerEntry entry, Actor actor, Instant at, java.util.function.Consumer<Trail> events) {
    if (!entry.amount().currency().equals(currency)) {
      throw KoproGoException.of(
          ErrorCode.CURRENCY_MISMATCH, entry.amount() + " is not in " + currency.getCurrencyCode(),
          "value", entry.amount().toPlainString(), "currency", currency.getCurrencyCode());
    }
    LedgerEntry same = byKey.get(entry.key());
    if (same != null) {
      if (same.sameRecordAs(entry)) {
        return Change.unchanged(this);
      }
      throw KoproGoException.of(
          ErrorCode.IDEMPOTENCY_CONFLICT,
          "key '" + entry.key() + "' already recorded entry " + same.id() + " (" + same.kind() + ")",
          "field", "key", "value", entry.key().value());
    }
    if (byId.containsKey(entry.id())) {
      throw KoproGoException.of(
          ErrorCode.IDEMPOTENCY_CONFLICT, "entry id '" + entry.id() + "' is already used",
          "field", "id", "value", entry.id().value());
    }
    List<LedgerEntry> list = new ArrayList<>(entries.size() + 1);
    list.addAll(entries);
    list.add(entry);
    Map<IdempotencyKey, LedgerEntry> keys = new HashMap<>(byKey);
    keys.put(entry.key(), entry);
    Map<EntryId, LedgerEntry> ids = new HashMap<>(byId);
    ids.put(entry.id(), entry);
    Map<EntryId, ContributionStatus> st = statuses;
    switch (entry.kind()) {
      case CONTRIBUTION_DECLARED -> st = with(statuses, entry.id(), ContributionStatus.PENDING);
      case CONTRIBUTION_CONFIRMED -> st = with(statuses, entry.refersTo().get(), ContributionStatus.CONFIRMED);
      case CONTRIBUTION_REJECTED -> st = with(statuses, entry.refersTo().get(), ContributionStatus.REJECTED);
      case CONTRIBUTION_REVERSED -> st = with(statuses, entry.refersTo().get(), ContributionStatus.REVERSED);
      default -> { }
    }
    Ledger after =
        new Ledger(
            group, currency, Collections.unmodifiableList(list), Collections.unmodifiableMap(keys),
            Collections.unmodifiableMap(ids), st);
    Trail trail = Trail.of(group, actor, at);
    events.accept(trail);
    return trail.change(after);
  }

  private static Map<EntryId, ContributionStatus> with(
      Map<EntryId, ContributionStatus> statuses, EntryId id, ContributionStatus status) {
    Map<EntryId, ContributionStatus> copy = new HashMap<>(statuses);
    copy.put(id, status);
    return Collections.unmodifiableMap(copy);
  }

  private LedgerEntry declaration(EntryId id) {
    LedgerEntry e = byId.get(id);
    if (e == null || e.kind() != EntryKind.CONTRIBUTION_DECLARED) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_ENTRY, "'" + id + "' is not a declared contribution of the ledger",
          "value", id.value());
    }
    return e;
  }

  private void nonNegative(Money amount, String what) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, what + " " + amount + " is negative",
          "field", "amount", "value", amount.toPlainString());
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, "a reason is required", "field", "reason");
    }
  }

  private static String titleCase(ContributionStatus s) {
    String n = s.name();
    return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  // --- queries ---

  /**
   * A member's confirmed contributions minus reversals.
   *
   * @param member a member
   * @return their balance, in the ledger's currency
   */
  public Money balance(MemberId member) {
    long total = 0;
    for (LedgerEntry e : entries) {
      if (e.member().equals(member)) {
        total = Math.addExact(total, signedPaid(e));
      }
    }
    return Money.ofMinor(currency, total);
  }

  /**
   * Each member's sums of the entries valued on or before {@code day}, by kind (the full replay
   * that a store's running summary must equal), for every member with an entry, in order of
   * first entry.
   *
   * @param day the last value date counted
   * @return the sums by member
   */
  public java.util.Map<MemberId, org.koprogo.domain.coop.LedgerSums> sumsAt(java.time.LocalDate day) {
    Objects.requireNonNull(day, "day");
    java.util.Map<MemberId, long[]> sums = new java.util.LinkedHashMap<>();
    for (LedgerEntry e : entries) {
      long[] s = sums.computeIfAbsent(e.member(), m -> new long[6]);
      if (e.date().isAfter(day)) {
        continue;
      }
      int k = switch (e.kind()) {
        case DUE -> 0;
        case PENALTY -> 1;
        case CONTRIBUTION_DECLARED -> 2;
        case CONTRIBUTION_CONFIRMED -> 3;
        case CONTRIBUTION_REJECTED -> 4;
        case CONTRIBUTION_REVERSED -> 5;
      };
      s[k] = Money.addMinorUnits(s[k], e.amount().minorUnits());
    }
    java.util.Map<MemberId, org.koprogo.domain.coop.LedgerSums> result = new java.util.LinkedHashMap<>();
    sums.forEach((m, s) -> result.put(m, new org.koprogo.domain.coop.LedgerSums(m,
        Money.ofMinor(currency, s[0]), Money.ofMinor(currency, s[1]), Money.ofMinor(currency, s[2]),
        Money.ofMinor(currency, s[3]), Money.ofMinor(currency, s[4]), Money.ofMinor(currency, s[5]))));
    return java.util.Collections.unmodifiableMap(result);
  }

  /**
   * Every member's confirmed contributions minus reversals: what the funding threshold counts.
   *
   * @return the total, in the ledger's currency
   */
  public Money confirmedTotal() {
    long total = 0;
    for (LedgerEntry e : entries) {
      total = Math.addExact(total, signedPaid(e));
    }
    return Money.ofMinor(currency, total);
  }

  private static long signedPaid(LedgerEntry e) {
    return switch (e.kind()) {
      case CONTRIBUTION_CONFIRMED -> e.amount().minorUnits();
      case CONTRIBUTION_REVERSED -> -e.amount().minorUnits();
      default -> 0;
    };
  }

  /**
   * The dues, for an allocation round.
   *
   * @return one due per DUE entry, in the order recorded
   */
  public List<Due> dues() {
    List<Due> result = new ArrayList<>();
    for (LedgerEntry e : entries) {
      if (e.kind() == EntryKind.DUE) {
        result.add(new Due(e.member(), e.date(), e.amount()));
      }
    }
    return result;
  }

  /**
   * The penalties, for an allocation round.
   *
   * @return one penalty per PENALTY entry, in the order recorded
   */
  public List<Penalty> penalties() {
    List<Penalty> result = new ArrayList<>();
    for (LedgerEntry e : entries) {
      if (e.kind() == EntryKind.PENALTY) {
        result.add(new Penalty(e.member(), e.date(), e.amount()));
      }
    }
    return result;
  }

  /**
   * The declared contributions as payments for an allocation round, with their current status
   * (a reversed contribution counts as REJECTED: it is no longer paid).
   *
   * @return one payment per declaration, in the order recorded
   */
  public List<Payment> payments() {
    List<Payment> result = new ArrayList<>();
    for (LedgerEntry e : entries) {
      if (e.kind() == EntryKind.CONTRIBUTION_DECLARED) {
        result.add(new Payment(e.member(), e.date(), e.amount(), statuses.get(e.id()).asPaymentStatus()));
      }
    }
    return result;
  }

  /**
   * A member's dues as installments (id = the DUE entry's id), in the order recorded; dues of
   * zero are left out (nothing to pay, nothing to be late on).
   *
   * @param member a member
   * @return their installments
   */
  public List<org.koprogo.domain.penalty.Installment> installmentsOf(MemberId member) {
    List<org.koprogo.domain.penalty.Installment> result = new ArrayList<>();
    for (LedgerEntry e : entries) {
      if (e.kind() == EntryKind.DUE && e.member().equals(member) && e.amount().isPositive()) {
        result.add(new org.koprogo.domain.penalty.Installment(
            org.koprogo.domain.penalty.InstallmentId.of(e.id().value()), e.date(), e.amount()));
      }
    }
    return result;
  }

  /**
   * A member's contributions that are CONFIRMED now (not rejected, not reversed), valued on or
   * before {@code upTo}, as payments dated by their value date.
   *
   * @param member a member
   * @param upTo the last value date counted
   * @return their payments, in the order recorded
   */
  public List<org.koprogo.domain.penalty.Payment> confirmedPaymentsOf(MemberId member, LocalDate upTo) {
    List<org.koprogo.domain.penalty.Payment> result = new ArrayList<>();
    for (LedgerEntry e : entries) {
      if (e.kind() == EntryKind.CONTRIBUTION_DECLARED
          && e.member().equals(member)
          && statuses.get(e.id()) == ContributionStatus.CONFIRMED
          && !e.date().isAfter(upTo)) {
        result.add(org.koprogo.domain.penalty.Payment.of(e.date(), e.amount()));
      }
    }
    return result;
  }

  /**
   * The members who have at least one entry, in order of their first entry.
   *
   * @return the members
   */
  public List<MemberId> members() {
    java.util.LinkedHashSet<MemberId> seen = new java.util.LinkedHashSet<>();
    for (LedgerEntry e : entries) {
      seen.add(e.member());
    }
    return List.copyOf(seen);
  }

  // --- storing and rebuilding ---

  /**
   * The ledger's whole state as plain data, to store it: {@link #restore} rebuilds a ledger that
   * behaves identically (the statuses are derived from the entries).
   *
   * @param group the cooperative
   * @param currency the currency it is kept in
   * @param entries every entry, in the order recorded
   */
  public record Snapshot(GroupId group, Currency currency, List<LedgerEntry> entries) {
    /**
     * Checks that the group and currency are given, and copies the entries.
     *
     * @param group the cooperative
     * @param currency the currency it is kept in
     * @param entries every entry, in the order recorded
     */
    public Snapshot {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(currency, "currency");
      entries = List.copyOf(entries);
    }
  }

  /**
   * The ledger's state as plain data (see {@link Snapshot}).
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(group, currency, entries);
  }

  /**
   * Rebuilds a stored ledger by recording its entries again in order, so every guarantee is
   * checked anew: one currency, distinct keys and ids, and every confirmation, rejection or
   * reversal following the contribution workflow from a declaration recorded before it.
   *
   * @param snapshot the stored state
   * @return the ledger
   * @throws KoproGoException {@code CURRENCY_MISMATCH}, {@code IDEMPOTENCY_CONFLICT}, {@code
   *     UNKNOWN_ENTRY}, {@code ILLEGAL_TRANSITION}, each naming the offending entry
   */
  public static Ledger restore(Snapshot snapshot) {
    Snapshot s = Objects.requireNonNull(snapshot, "snapshot");
    Ledger ledger = empty(s.group(), s.currency());
    Actor replay = new Actor("restore", org.koprogo.domain.coop.Role.ORG_ADMIN);
    for (LedgerEntry e : s.entries()) {
      if (ledger.byKey.containsKey(e.key())) {
        throw KoproGoException.of(
            ErrorCode.IDEMPOTENCY_CONFLICT,
            "stored ledger of " + s.group() + " records key '" + e.key() + "' twice",
            "field", "snapshot.entries", "value", e.key().value());
      }
      if (e.kind() == EntryKind.CONTRIBUTION_DECLARED && !e.amount().isPositive()) {
        throw KoproGoException.of(
            ErrorCode.NONPOSITIVE_PAYMENT, "stored declaration " + e.id() + " of " + e.amount() + " is not positive",
            "field", "snapshot.entries", "value", e.id().value());
      }
      if (e.refersTo().isPresent()) {
        EntryId declaration = e.refersTo().get();
        LedgerEntry declared = ledger.declaration(declaration);
        if (!declared.member().equals(e.member()) || !declared.amount().equals(e.amount())) {
          throw KoproGoException.of(
              ErrorCode.INVALID_FIELD,
              "stored entry " + e.id() + " resolves declaration " + declaration + " for another member or amount",
              "field", "snapshot.entries", "value", e.id().value());
        }
        ContributionStatus to = switch (e.kind()) {
          case CONTRIBUTION_CONFIRMED -> ContributionStatus.CONFIRMED;
          case CONTRIBUTION_REJECTED -> ContributionStatus.REJECTED;
          default -> ContributionStatus.REVERSED;
        };
        ContributionStatus.WORKFLOW.check(ledger.statuses.get(declaration), to);
      }
      ledger = ledger.record(e, replay, e.recordedAt(), trail -> { }).after();
    }
    return ledger;
  }

  /** Two ledgers are equal when they hold the same entries in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ledger l
        && group.equals(l.group)
        && currency.equals(l.currency)
        && entries.equals(l.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, currency, entries);
  }

  @Override
  public String toString() {
    return "Ledger[" + group + ", " + entries.size() + " entries]";
  }
}
