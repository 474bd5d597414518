/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.ledger.EntryId;
import org.koprogo.domain.coop.ledger.EntryKind;
import org.koprogo.domain.coop.ledger.IdempotencyKey;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.out.Ledger;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.OrganisationId;

/**
 * Stores the domain's cooperative ledger ({@link org.koprogo.domain.coop.ledger.Ledger}) in the
 * {@link Ledger} port, and rebuilds it. Saving records every entry through the port, so saving the
 * same ledger again records only what is new (the port is idempotent on the entries' keys); an
 * entry whose key is taken by a different entry is an {@code IDEMPOTENCY_CONFLICT}. Loading
 * replays the stored entries through the domain's own commands, in recording order, so every
 * rule of the domain ledger holds for what comes back.
 */
public final class CoopLedgers {
  private final Ledger ledger;

  /**
   * The cooperative's ledgers, stored in {@code ledger}.
   *
   * @param ledger the store of ledger entries
   */
  public CoopLedgers(Ledger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
  }

  /**
   * Records every entry of {@code domain} in {@code organisation}'s ledger; returns how many were new.
   *
   * @param organisation the tenant
   * @param domain the group's ledger after a command
   * @return how many entries were new
   * @throws KoproGoException {@code IDEMPOTENCY_CONFLICT} when a stored entry under the same key
   *     records something else
   */
  public int save(OrganisationId organisation, org.koprogo.domain.coop.ledger.Ledger domain) {
    int recorded = 0;
    for (org.koprogo.domain.coop.ledger.LedgerEntry e : domain.entries()) {
      LedgerEntry stored = toPort(organisation, e);
      Ledger.Recorded r = ledger.record(stored);
      if (r.duplicate() && !sameRecord(r.entry(), stored)) {
        throw KoproGoException.of(
            ErrorCode.IDEMPOTENCY_CONFLICT,
            "entry " + e.id() + " conflicts with the stored entry " + r.entry().id(),
            "field", "key", "value", e.key().value());
      }
      recorded += r.duplicate() ? 0 : 1;
    }
    return recorded;
  }

  /**
   * The ledger of {@code group}, rebuilt from {@code organisation}'s stored entries.
   *
   * @param organisation the tenant
   * @param group the group
   * @param currency the ledger's currency
   * @return the ledger
   */
  public org.koprogo.domain.coop.ledger.Ledger load(OrganisationId organisation, GroupId group, Currency currency) {
    org.koprogo.domain.coop.ledger.Ledger domain = org.koprogo.domain.coop.ledger.Ledger.empty(group, currency);
    for (LedgerEntry e : ledger.entries(organisation)) {
      Actor actor = Actor.of(e.recordedBy(), Role.ORG_ADMIN);
      EntryId id = EntryId.of(e.id().value());
      IdempotencyKey key = IdempotencyKey.of(e.idempotencyKey());
      MemberId member = MemberId.of(e.member().value());
      EntryId declaration = e.resolves() == null ? null : EntryId.of(e.resolves().value());
      domain =
          switch (e.kind()) {
            case DUE -> domain.callFunds(id, key, member, e.reason(), e.valueDate(), e.amount(), actor, e.recordedAt()).after();
            case PENALTY -> domain.applyPenalty(id, key, member, e.valueDate(), e.amount(), e.reason(), actor, e.recordedAt()).after();
            case PAYMENT_DECLARED -> domain.declare(id, key, member, e.amount(), e.valueDate(), e.reason(), actor, e.recordedAt()).after();
            case PAYMENT_CONFIRMED -> domain.confirm(id, key, declaration, actor, e.recordedAt()).after();
            case PAYMENT_REJECTED -> domain.reject(id, key, declaration, e.reason(), actor, e.recordedAt()).after();
            case PAYMENT_REVERSED -> domain.reverse(id, key, declaration, e.reason(), actor, e.recordedAt()).after();
          };
    }
    return domain;
  }

  static LedgerEntry toPort(OrganisationId organisation, org.koprogo.domain.coop.ledger.LedgerEntry e) {
    Optional<EntryId> refersTo = e.refersTo();
    return new LedgerEntry(
        organisation,
        LedgerEntryId.of(e.id().value()),
        org.koprogo.ports.out.MemberId.of(e.member().value()),
        kindOf(e.kind()),
        e.amount(),
        e.date(),
        refersTo.map(r -> LedgerEntryId.of(r.value())).orElse(null),
        e.key().value(),
        e.detail(),
        e.recordedBy(),
        e.recordedAt());
  }

  private static LedgerEntry.Kind kindOf(EntryKind kind) {
    return switch (kind) {
      case DUE -> LedgerEntry.Kind.DUE;
      case PENALTY -> LedgerEntry.Kind.PENALTY;
      case CONTRIBUTION_DECLARED -> LedgerEntry.Kind.PAYMENT_DECLARED;
      case CONTRIBUTION_CONFIRMED -> LedgerEntry.Kind.PAYMENT_CONFIRMED;
      case CONTRIBUTION_REJECTED -> LedgerEntry.Kind.PAYMENT_REJECTED;
      case CONTRIBUTION_REVERSED -> LedgerEntry.Kind.PAYMENT_REVERSED;
    };
  }

  private static boolean sameRecord(LedgerEntry a, LedgerEntry b) {
    return a.id().equals(b.id())
        && a.idempotencyKey().equals(b.idempotencyKey())
        && a.kind() == b.kind()
        && a.member().equals(b.member())
        && a.amount().equals(b.amount())
        && a.valueDate().equals(b.valueDate())
        && java.util.Objects.equals(a.resolves(), b.resolves())
        && a.reason().equals(b.reason());
  }
}
