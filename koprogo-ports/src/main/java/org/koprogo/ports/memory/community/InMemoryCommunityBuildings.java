/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory.community;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;
import org.koprogo.ports.out.Transactions;
import org.koprogo.ports.out.community.CommunityBuilding;
import org.koprogo.ports.out.community.CommunityBuildings;
import org.koprogo.ports.out.community.CommunityStore;

/**
 * {@link CommunityBuildings} in memory, beside a {@link MemoryDatabase}: a map per organisation
 * and a version check on every update. Its {@link #transactions()} run the work in the memory
 * database's unit of work (so the audit trail and the other in-memory ports join it) and restore
 * this store too when the work fails.
 *
 * <p>Thread-safe. For tests and for embedders who need no database.
 */
public final class InMemoryCommunityBuildings implements CommunityBuildings {
  private final Object lock = new Object();
  private final MemoryDatabase db;
  private Map<OrganisationId, TreeMap<String, CommunityBuilding>> rows = new HashMap<>();

  /**
   * The community buildings beside {@code db}'s other ports.
   *
   * @param db the store
   */
  public InMemoryCommunityBuildings(MemoryDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * A community store in memory beside {@code db}.
   *
   * @param db the store
   * @return the community store
   */
  public static CommunityStore storeBeside(MemoryDatabase db) {
    InMemoryCommunityBuildings buildings = new InMemoryCommunityBuildings(db);
    return new CommunityStore(buildings, buildings.transactions());
  }

  /**
   * Units of work spanning this store and {@code db}'s ports.
   *
   * @return the transactions
   */
  public Transactions transactions() {
    return new Transactions() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return db.inTransaction(
            () -> {
              Map<OrganisationId, TreeMap<String, CommunityBuilding>> saved = snapshot();
              try {
                return work.get();
              } catch (RuntimeException | Error e) {
                synchronized (lock) {
                  rows = saved;
                }
                throw e;
              }
            });
      }
    };
  }

  @Override
  public CommunityBuilding add(CommunityBuilding aggregate) {
    Objects.requireNonNull(aggregate, "community");
    if (aggregate.version() != 0) {
      throw new IllegalArgumentException("a new community has version 0, not " + aggregate.version());
    }
    synchronized (lock) {
      TreeMap<String, CommunityBuilding> table = rows.computeIfAbsent(aggregate.organisation(), o -> new TreeMap<>());
      String id = aggregate.building().value();
      if (table.containsKey(id)) {
        throw StoreErrors.concurrentUpdate(kind(), id, 0);
      }
      CommunityBuilding stored = aggregate.withVersion(1);
      table.put(id, stored);
      return stored;
    }
  }

  @Override
  public CommunityBuilding update(CommunityBuilding aggregate) {
    Objects.requireNonNull(aggregate, "community");
    synchronized (lock) {
      String id = aggregate.building().value();
      TreeMap<String, CommunityBuilding> table = rows.get(aggregate.organisation());
      CommunityBuilding current = table == null ? null : table.get(id);
      if (current == null) {
        throw StoreErrors.notFound(kind(), id);
      }
      if (current.version() != aggregate.version()) {
        throw StoreErrors.concurrentUpdate(kind(), id, aggregate.version());
      }
      CommunityBuilding stored = aggregate.withVersion(aggregate.version() + 1);
      table.put(id, stored);
      return stored;
    }
  }

  @Override
  public Optional<CommunityBuilding> find(OrganisationId organisation, BuildingId id) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      TreeMap<String, CommunityBuilding> table = rows.get(organisation);
      return Optional.ofNullable(table == null ? null : table.get(id.value()));
    }
  }

  @Override
  public List<CommunityBuilding> all(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    synchronized (lock) {
      TreeMap<String, CommunityBuilding> table = rows.get(organisation);
      return table == null ? List.of() : List.copyOf(table.values());
    }
  }

  private Map<OrganisationId, TreeMap<String, CommunityBuilding>> snapshot() {
    synchronized (lock) {
      Map<OrganisationId, TreeMap<String, CommunityBuilding>> copy = new HashMap<>();
      rows.forEach((org, table) -> copy.put(org, new TreeMap<>(table)));
      return copy;
    }
  }
}
