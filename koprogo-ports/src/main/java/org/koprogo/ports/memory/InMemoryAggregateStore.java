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
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;

/** {@link AggregateStore} in memory: the records themselves, immutable (see {@link MemoryDatabase}). */
public final class InMemoryAggregateStore implements AggregateStore, MemoryDatabase.Table {
  private final MemoryDatabase db;
  private TreeMap<String, Stored<?>> rows = new TreeMap<>();

  InMemoryAggregateStore(MemoryDatabase db) {
    this.db = db;
    db.register(this);
  }

  private static String key(OrganisationId organisation, Class<?> type, String id) {
    return organisation.value() + '\u0000' + type.getName() + '\u0000' + id;
  }

  @Override
  public <A extends Record> Stored<A> add(OrganisationId organisation, String id, A aggregate) {
    Stored<A> stored = new Stored<>(organisation, id, 1, aggregate);
    return db.locked(
        () -> {
          String k = key(organisation, aggregate.getClass(), id);
          if (rows.containsKey(k)) {
            throw StoreErrors.concurrentUpdate(aggregate.getClass().getSimpleName(), id, 0);
          }
          rows.put(k, stored);
          return stored;
        });
  }

  @Override
  public <A extends Record> Stored<A> update(Stored<A> changed) {
    Objects.requireNonNull(changed, "changed");
    return db.locked(
        () -> {
          String k = key(changed.organisation(), changed.type(), changed.id());
          Stored<?> current = rows.get(k);
          if (current == null) {
            throw StoreErrors.notFound(changed.type().getSimpleName(), changed.id());
          }
          if (current.version() != changed.version()) {
            throw StoreErrors.concurrentUpdate(changed.type().getSimpleName(), changed.id(), changed.version());
          }
          Stored<A> next = new Stored<>(changed.organisation(), changed.id(), changed.version() + 1, changed.aggregate());
          rows.put(k, next);
          return next;
        });
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A extends Record> Optional<Stored<A>> find(OrganisationId organisation, Class<A> type, String id) {
    Objects.requireNonNull(organisation, "organisation");
    return db.locked(() -> Optional.ofNullable((Stored<A>) rows.get(key(organisation, type, id))));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A extends Record> List<Stored<A>> all(OrganisationId organisation, Class<A> type) {
    Objects.requireNonNull(organisation, "organisation");
    String prefix = key(organisation, type, "");
    return db.locked(
        () -> {
          List<Stored<A>> result = new ArrayList<>();
          rows.tailMap(prefix, true).forEach((k, v) -> {
            if (k.startsWith(prefix)) {
              result.add((Stored<A>) v);
            }
          });
          return List.copyOf(result);
        });
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A extends Record> List<Stored<A>> all(
      OrganisationId organisation, Class<A> type, Optional<String> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is not positive");
    }
    String prefix = key(organisation, type, "");
    String from = after.isEmpty() ? prefix : key(organisation, type, after.get());
    return db.locked(
        () -> {
          List<Stored<A>> result = new ArrayList<>();
          for (java.util.Map.Entry<String, Stored<?>> e : rows.tailMap(from, after.isEmpty()).entrySet()) {
            if (!e.getKey().startsWith(prefix) || result.size() == limit) {
              break;
            }
            result.add((Stored<A>) e.getValue());
          }
          return List.copyOf(result);
        });
  }

  @Override
  public Object snapshot() {
    return new TreeMap<>(rows);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    rows = (TreeMap<String, Stored<?>>) snapshot;
  }
}
