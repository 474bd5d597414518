/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Organisations;
import org.koprogo.ports.out.StoreErrors;

/** {@link Organisations} in memory (see {@link MemoryDatabase}). */
public final class InMemoryOrganisations implements Organisations, MemoryDatabase.Table {
  private final MemoryDatabase db;
  private TreeMap<OrganisationId, Organisation> rows = new TreeMap<>();

  InMemoryOrganisations(MemoryDatabase db) {
    this.db = db;
    db.register(this);
  }

  @Override
  public Organisation add(Organisation organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return db.locked(
        () -> {
          if (organisation.version() != 0) {
            throw new IllegalArgumentException("a new organisation has version 0");
          }
          if (rows.containsKey(organisation.id())) {
            throw StoreErrors.concurrentUpdate("organisation", organisation.id(), 0);
          }
          Organisation stored = organisation.withVersion(1);
          rows.put(stored.id(), stored);
          return stored;
        });
  }

  @Override
  public Organisation update(Organisation organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return db.locked(
        () -> {
          Organisation current = rows.get(organisation.id());
          if (current == null) {
            throw StoreErrors.notFound("organisation", organisation.id());
          }
          if (current.version() != organisation.version()) {
            throw StoreErrors.concurrentUpdate("organisation", organisation.id(), organisation.version());
          }
          Organisation stored = organisation.withVersion(organisation.version() + 1);
          rows.put(stored.id(), stored);
          return stored;
        });
  }

  @Override
  public Optional<Organisation> find(OrganisationId id) {
    return db.locked(() -> Optional.ofNullable(rows.get(id)));
  }

  @Override
  public List<Organisation> all() {
    return db.locked(() -> List.copyOf(new ArrayList<>(rows.values())));
  }

  @Override
  public Object snapshot() {
    return new TreeMap<>(rows);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    rows = (TreeMap<OrganisationId, Organisation>) snapshot;
  }
}
