/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;
import org.koprogo.ports.out.StoredNames;

/**
 * {@link AggregateStore} on {@code aggregate_records}: one row per aggregate, keyed by {@code
 * (organisation_id, record_type, record_id)} where {@code record_type} is the type's stable name
 * ({@link StoredNames}: {@code coop.group}, never a Java class name once registered), the
 * record as JSON text ({@link RecordJson}), a
 * version for optimistic locking.
 */
public final class JdbcAggregateStore implements AggregateStore {
  private final Db db;
  private final StoredNames names;

  JdbcAggregateStore(Db db, StoredNames names) {
    this.db = db;
    this.names = names;
  }

  @Override
  public <A extends Record> Stored<A> add(OrganisationId organisation, String id, A aggregate) {
    Stored<A> stored = new Stored<>(organisation, id, 1, aggregate);
    String body = RecordJson.write(aggregate, names);
    return db.withConnection(
        c -> {
          int inserted =
              Db.update(
                  c,
                  "insert into aggregate_records (organisation_id, record_type, record_id, version, body, lookup_key)"
                      + " values (?, ?, ?, 1, ?, ?) on conflict do nothing",
                  organisation.value(), names.nameOf(aggregate.getClass()), id, body, keyOf(aggregate));
          if (inserted == 0) {
            throw StoreErrors.concurrentUpdate(aggregate.getClass().getSimpleName(), id, 0);
          }
          return stored;
        });
  }

  @Override
  public <A extends Record> Stored<A> update(Stored<A> changed) {
    Objects.requireNonNull(changed, "changed");
    String body = RecordJson.write(changed.aggregate(), names);
    String type = names.nameOf(changed.type());
    return db.inTransaction(
        c -> {
          int updated =
              Db.update(
                  c,
                  "update aggregate_records set body = ?, version = ?, lookup_key = ? where organisation_id = ?"
                      + " and record_type = ? and record_id = ? and version = ?",
                  body, changed.version() + 1, keyOf(changed.aggregate()), changed.organisation().value(), type, changed.id(), changed.version());
          if (updated == 0) {
            boolean exists =
                Db.queryOne(
                        c,
                        "select 1 from aggregate_records where organisation_id = ? and record_type = ? and record_id = ?",
                        rs -> Boolean.TRUE,
                        changed.organisation().value(), type, changed.id())
                    .isPresent();
            throw exists
                ? StoreErrors.concurrentUpdate(changed.type().getSimpleName(), changed.id(), changed.version())
                : StoreErrors.notFound(changed.type().getSimpleName(), changed.id());
          }
          return new Stored<>(changed.organisation(), changed.id(), changed.version() + 1, changed.aggregate());
        });
  }

  @Override
  public <A extends Record> Optional<Stored<A>> find(OrganisationId organisation, Class<A> type, String id) {
    Objects.requireNonNull(organisation, "organisation");
    return db.withConnection(
        c ->
            Db.queryOne(
                c,
                "select record_id, version, body from aggregate_records"
                    + " where organisation_id = ? and record_type = ? and record_id = ?",
                rs -> new Stored<>(organisation, rs.getString("record_id"), rs.getLong("version"),
                    RecordJson.read(rs.getString("body"), type, names)),
                organisation.value(), names.nameOf(type), id));
  }

  @Override
  public <A extends Record> List<Stored<A>> all(OrganisationId organisation, Class<A> type) {
    Objects.requireNonNull(organisation, "organisation");
    return db.withConnection(
        c ->
            List.copyOf(
                Db.query(
                    c,
                    "select record_id, version, body from aggregate_records"
                        + " where organisation_id = ? and record_type = ? order by record_id",
                    rs -> new Stored<>(organisation, rs.getString("record_id"), rs.getLong("version"),
                        RecordJson.read(rs.getString("body"), type, names)),
                    organisation.value(), names.nameOf(type))));
  }

  @Override
  public <A extends Record> List<Stored<A>> allWithKey(OrganisationId organisation, Class<A> type, String key) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(key, "key");
    // along aggregate_records_by_key; rows written before V78 have no key and are checked here
    return db.withConnection(
        c ->
            List.copyOf(
                Db.query(
                        c,
                        "select record_id, version, body from aggregate_records where organisation_id = ?"
                            + " and record_type = ? and (lookup_key = ? or lookup_key is null) order by record_id",
                        rs -> new Stored<>(organisation, rs.getString("record_id"), rs.getLong("version"),
                            RecordJson.read(rs.getString("body"), type, names)),
                        organisation.value(), names.nameOf(type), key)
                    .stream()
                    .filter(s -> s.aggregate() instanceof Keyed k && key.equals(k.lookupKey()))
                    .toList()));
  }

  private static String keyOf(Record aggregate) {
    if (aggregate instanceof Keyed k) {
      String key = Objects.requireNonNull(k.lookupKey(), "lookupKey");
      if (key.length() > 200) {
        throw new IllegalArgumentException("a lookup key has at most 200 characters, not " + key.length());
      }
      return key;
    }
    return null;
  }
}
