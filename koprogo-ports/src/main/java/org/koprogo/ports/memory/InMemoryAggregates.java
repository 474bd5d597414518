/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;

/**
 * The {@link org.koprogo.ports.out.Aggregates} contract in memory: a map per organisation, a
 * version check on every update.
 */
abstract class InMemoryAggregates<I, A> implements MemoryDatabase.Table {
  /** Ids are ordered by their text, as the JDBC adapter orders them. */
  private static final java.util.Comparator<Object> BY_TEXT = java.util.Comparator.comparing(Object::toString);

  private final MemoryDatabase db;
  private final String label;
  private final Function<A, OrganisationId> organisationOf;
  private final Function<A, I> idOf;
  private final ToLongFunction<A> versionOf;
  private final BiFunction<A, Long, A> atVersion;
  private Map<OrganisationId, TreeMap<I, A>> rows = new HashMap<>();

  InMemoryAggregates(
      MemoryDatabase db,
      String label,
      Function<A, OrganisationId> organisationOf,
      Function<A, I> idOf,
      ToLongFunction<A> versionOf,
      BiFunction<A, Long, A> atVersion) {
    this.db = db;
    this.label = label;
    this.organisationOf = organisationOf;
    this.idOf = idOf;
    this.versionOf = versionOf;
    this.atVersion = atVersion;
    db.register(this);
  }

  /**
   * Stores a new aggregate (version 0) and returns it at version 1.
   *
   * @param aggregate the new aggregate
   * @return the aggregate, version 1
   * @throws IllegalArgumentException for a version other than 0
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when the id is
   *     taken
   */
  public A add(A aggregate) {
    Objects.requireNonNull(aggregate, label);
    return db.locked(
        () -> {
          if (versionOf.applyAsLong(aggregate) != 0) {
            throw new IllegalArgumentException(
                "a new " + label + " has version 0, not " + versionOf.applyAsLong(aggregate));
          }
          TreeMap<I, A> table = rows.computeIfAbsent(organisationOf.apply(aggregate), o -> new TreeMap<>(BY_TEXT));
          I id = idOf.apply(aggregate);
          if (table.containsKey(id)) {
            throw StoreErrors.concurrentUpdate(label, id, 0);
          }
          A stored = atVersion.apply(aggregate, 1L);
          table.put(id, stored);
          return stored;
        });
  }

  /**
   * Stores a changed aggregate read at its version; returns it at the next version.
   *
   * @param aggregate the changed aggregate
   * @return the aggregate, next version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown id, {@code
   *     CONCURRENT_UPDATE} when another version is stored
   */
  public A update(A aggregate) {
    Objects.requireNonNull(aggregate, label);
    return db.locked(
        () -> {
          I id = idOf.apply(aggregate);
          TreeMap<I, A> table = rows.get(organisationOf.apply(aggregate));
          A current = table == null ? null : table.get(id);
          if (current == null) {
            throw StoreErrors.notFound(label, id);
          }
          long expected = versionOf.applyAsLong(aggregate);
          if (versionOf.applyAsLong(current) != expected) {
            throw StoreErrors.concurrentUpdate(label, id, expected);
          }
          A stored = atVersion.apply(aggregate, expected + 1);
          table.put(id, stored);
          return stored;
        });
  }

  /**
   * The aggregate {@code id} of {@code organisation}, if there is one.
   *
   * @param organisation the tenant
   * @param id the id
   * @return the aggregate, or empty
   */
  public Optional<A> find(OrganisationId organisation, I id) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    return db.locked(
        () -> {
          TreeMap<I, A> table = rows.get(organisation);
          return Optional.ofNullable(table == null ? null : table.get(id));
        });
  }

  /**
   * Every aggregate of {@code organisation}, ordered by id.
   *
   * @param organisation the tenant
   * @return the aggregates
   */
  public List<A> all(OrganisationId organisation) {
    return where(organisation, a -> true);
  }

  /**
   * A page of the aggregates of {@code organisation} by id: those whose id follows {@code after}
   * (from the first when empty), at most {@code limit}; read from the sorted table, not the whole
   * list.
   *
   * @param organisation the tenant
   * @param after the last id of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  public List<A> all(OrganisationId organisation, Optional<I> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is not positive");
    }
    return db.locked(
        () -> {
          TreeMap<I, A> table = rows.get(organisation);
          List<A> result = new ArrayList<>();
          if (table != null) {
            for (A a : after.isEmpty() ? table.values() : table.tailMap(after.get(), false).values()) {
              if (result.size() == limit) {
                break;
              }
              result.add(a);
            }
          }
          return List.copyOf(result);
        });
  }

  /** The aggregates of {@code organisation} that satisfy {@code filter}, ordered by id. */
  List<A> where(OrganisationId organisation, Predicate<A> filter) {
    Objects.requireNonNull(organisation, "organisation");
    return db.locked(
        () -> {
          TreeMap<I, A> table = rows.get(organisation);
          List<A> result = new ArrayList<>();
          if (table != null) {
            for (A a : table.values()) {
              if (filter.test(a)) {
                result.add(a);
              }
            }
          }
          return List.copyOf(result);
        });
  }

  /** Replaces an aggregate without a version check (GDPR erasure, under the lock). */
  void overwrite(A aggregate) {
    db.locked(
        () ->
            rows.computeIfAbsent(organisationOf.apply(aggregate), o -> new TreeMap<>(BY_TEXT))
                .put(idOf.apply(aggregate), aggregate));
  }

  @Override
  public Object snapshot() {
    Map<OrganisationId, TreeMap<I, A>> copy = new HashMap<>();
    rows.forEach(
        (org, table) -> {
          TreeMap<I, A> t = new TreeMap<>(BY_TEXT);
          t.putAll(table);
          copy.put(org, t);
        });
    return copy;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    rows = (Map<OrganisationId, TreeMap<I, A>>) snapshot;
  }
}
