/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.Ledger;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;

/** {@link Ledger} in memory: a list only ever appended to (see {@link MemoryDatabase}). */
public final class InMemoryLedger implements Ledger, MemoryDatabase.Table {
  private final MemoryDatabase db;
  private List<LedgerEntry> entries = new ArrayList<>();

  InMemoryLedger(MemoryDatabase db) {
    this.db = db;
    db.register(this);
  }

  @Override
  public Recorded record(LedgerEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return db.locked(
        () -> {
          for (LedgerEntry e : entries) {
            if (e.organisation().equals(entry.organisation())
                && e.idempotencyKey().equals(entry.idempotencyKey())) {
              return new Recorded(e, true);
            }
          }
          if (entry.resolves() != null) {
            Optional<LedgerEntry> earlier =
                first(entry.organisation(), e -> entry.resolves().equals(e.resolves())
                    && entry.kind().resolutionSlot().equals(e.kind().resolutionSlot()));
            if (earlier.isPresent()) {
              return new Recorded(earlier.get(), true);
            }
          }
          if (find(entry.organisation(), entry.id()).isPresent()) {
            throw StoreErrors.concurrentUpdate("ledger entry", entry.id(), 0);
          }
          entries.add(entry);
          return new Recorded(entry, false);
        });
  }

  @Override
  public Optional<LedgerEntry> find(OrganisationId organisation, LedgerEntryId id) {
    return first(organisation, e -> e.id().equals(id));
  }

  @Override
  public List<LedgerEntry> entriesOf(OrganisationId organisation, MemberId member) {
    Objects.requireNonNull(organisation, "organisation");
    return db.locked(
        () -> {
          List<LedgerEntry> result = new ArrayList<>();
          for (LedgerEntry e : entries) {
            if (e.organisation().equals(organisation) && e.member().equals(member)) {
              result.add(e);
            }
          }
          return List.copyOf(result);
        });
  }

  @Override
  public Optional<LedgerEntry> resolutionOf(OrganisationId organisation, LedgerEntryId declaration) {
    return first(organisation, e -> declaration.equals(e.resolves()) && "DECIDED".equals(e.kind().resolutionSlot()));
  }

  @Override
  public List<LedgerEntry> entries(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return db.locked(
        () -> entries.stream().filter(e -> e.organisation().equals(organisation)).toList());
  }

  private Optional<LedgerEntry> first(
      OrganisationId organisation, java.util.function.Predicate<LedgerEntry> filter) {
    Objects.requireNonNull(organisation, "organisation");
    return db.locked(
        () -> {
          for (LedgerEntry e : entries) {
            if (e.organisation().equals(organisation) && filter.test(e)) {
              return Optional.of(e);
            }
          }
          return Optional.empty();
        });
  }

  @Override
  public Object snapshot() {
    return new ArrayList<>(entries);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    entries = (List<LedgerEntry>) snapshot;
  }
}
