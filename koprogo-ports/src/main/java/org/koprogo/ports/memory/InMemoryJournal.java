/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.accounting.JournalEntry;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.out.Journal;
import org.koprogo.ports.out.OrganisationId;

/** {@link Journal} in memory: a list only ever appended to, joining {@link MemoryDatabase}'s units of work. */
public final class InMemoryJournal implements Journal, MemoryDatabase.Table {
  private record Row(OrganisationId organisation, BuildingId building, JournalEntry entry) {}

  private final MemoryDatabase db;
  private List<Row> rows = new ArrayList<>();

  /**
   * An empty journal on {@code db}.
   *
   * @param db the store
   */
  public InMemoryJournal(MemoryDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
    db.register(this);
  }

  @Override
  public Recorded append(OrganisationId organisation, BuildingId building, JournalEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return db.locked(
        () -> {
          Optional<JournalEntry> earlier = find(organisation, building, entry.id());
          if (earlier.isPresent()) {
            return new Recorded(earlier.get(), true);
          }
          rows.add(new Row(organisation, building, entry));
          return new Recorded(entry, false);
        });
  }

  @Override
  public Optional<JournalEntry> find(OrganisationId organisation, BuildingId building, String id) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    return db.locked(
        () -> rows.stream()
            .filter(r -> r.organisation.equals(organisation) && r.building.equals(building) && r.entry.id().equals(id))
            .map(Row::entry)
            .findFirst());
  }

  @Override
  public List<JournalEntry> entries(OrganisationId organisation, BuildingId building) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    return db.locked(
        () -> rows.stream()
            .filter(r -> r.organisation.equals(organisation) && r.building.equals(building))
            .map(Row::entry)
            .toList());
  }

  @Override
  public Object snapshot() {
    return new ArrayList<>(rows);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    rows = new ArrayList<>((List<Row>) snapshot);
  }
}
