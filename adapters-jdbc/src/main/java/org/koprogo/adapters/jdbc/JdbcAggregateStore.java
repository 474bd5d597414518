/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;
import org.koprogo.ports.out.StoredNames;

/**
 * {@link AggregateStore} on {@code aggregate_records}: one row per aggregate, keyed by {@code
 * (organisation_id, record_type, record_id)} where {@code record_type} is the type's stable name
 * ({@link StoredNames}: {@code coop.group}, never a Java class name once registered), the
 * record as JSON text ({@link RecordJson}), a
 * version for optimistic locking. The index terms of a type that has some ({@link
 * StoredNames#termsOf}) are kept in {@code aggregate_record_terms} by the write that stores the
 * record (V95), and {@link #allWithTerm} reads along them.
 */
public final class JdbcAggregateStore implements AggregateStore {
  private final Db db;
  private final StoredNames names;
  /** Whether the database orders text by code point: asked on the first prefix page. */
  private volatile Boolean codePointOrder;

  JdbcAggregateStore(Db db, StoredNames names) {
    this.db = db;
    this.names = names;
  }

  @Override
  public <A extends Record> Stored<A> add(OrganisationId organisation, String id, A aggregate) {
    Stored<A> stored = new Stored<>(organisation, id, 1, aggregate);
    String body = RecordJson.write(aggregate, names);
    return db.inTransaction(
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
          writeTerms(c, organisation, names.nameOf(aggregate.getClass()), id, aggregate);
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
          writeTerms(c, changed.organisation(), type, changed.id(), changed.aggregate());
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
                stored(organisation, type),
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
                    stored(organisation, type),
                    organisation.value(), names.nameOf(type))));
  }

  @Override
  public <A extends Record> List<Stored<A>> allWithIdPrefix(
      OrganisationId organisation, Class<A> type, String prefix, Optional<String> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(after, "after");
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("the prefix is empty");
    }
    Db.checkLimit(limit);
    // along aggregate_records_pk (organisation, type, id) from the prefix (or the cursor), stopping
    // at the limit; the like keeps the ids of the prefix. Where the database orders text by code
    // point (C collation, H2), the ids of the prefix are the key range [prefix, next) and the scan
    // ends with them; under a linguistic collation they need not be contiguous, and the scan goes
    // on over the type's later ids until the page is full.
    String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    Optional<String> next = nextPrefix(prefix);
    return db.withConnection(
        c -> {
          boolean bounded = next.isPresent() && codePointOrder(c);
          String sql = prefixPageSql(bounded);
          Object[] params = bounded
              ? new Object[] {organisation.value(), names.nameOf(type), prefix, after.orElse(""), next.get(), pattern, limit}
              : new Object[] {organisation.value(), names.nameOf(type), prefix, after.orElse(""), pattern, limit};
          return List.copyOf(
              Db.query(c, sql,
                  stored(organisation, type),
                  params));
        });
  }

  /** A row of {@code aggregate_records} (its id, version and body) as the stored aggregate. */
  private <A extends Record> Db.Rows<Stored<A>> stored(OrganisationId organisation, Class<A> type) {
    return rs -> new Stored<>(organisation, rs.getString("record_id"), rs.getLong("version"),
        RecordJson.read(rs.getString("body"), type, names));
  }

  /**
   * The statement of a page of ids with a prefix; its parameters: organisation, type, prefix,
   * cursor, the next prefix when {@code bounded}, the like pattern, the limit.
   */
  static String prefixPageSql(boolean bounded) {
    return "select record_id, version, body from aggregate_records"
        + " where organisation_id = ? and record_type = ? and record_id >= ? and record_id > ?"
        + (bounded ? " and record_id < ?" : "")
        + " and record_id like ? escape '\\' order by record_id limit ?";
  }

  /**
   * The first text after every text starting with {@code prefix} in code point order: the prefix
   * with its last character raised by one; empty when that character has no such successor (a
   * surrogate or the last character of the basic plane).
   */
  static Optional<String> nextPrefix(String prefix) {
    char last = prefix.charAt(prefix.length() - 1);
    if (last >= Character.MIN_SURROGATE) {
      return Optional.empty();
    }
    return Optional.of(prefix.substring(0, prefix.length() - 1) + (char) (last + 1));
  }

  /**
   * Whether the database compares text by code point, so that the ids starting with a prefix
   * form one range of the key: asked once ({@code 'B' < 'a'} and {@code 'a/z' < 'a0'} hold in the
   * C collation and in H2, not under a linguistic collation, which puts case and punctuation
   * after the letters).
   */
  /** Whether the database orders text by code point (for tests: which statement a page runs). */
  boolean ordersByCodePoint() {
    return db.withConnection(this::codePointOrder);
  }

  private boolean codePointOrder(Connection c) throws SQLException {
    Boolean known = codePointOrder;
    if (known == null) {
      known = Db.query(c, "select case when 'B' < 'a' and 'a/z' < 'a0' then 1 else 0 end", rs -> rs.getInt(1) == 1)
          .get(0);
      codePointOrder = known;
    }
    return known;
  }

  @Override
  public <A extends Record> List<Stored<A>> all(
      OrganisationId organisation, Class<A> type, Optional<String> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    // along aggregate_records_pk (organisation, type, id), stopping at the limit
    return db.withConnection(
        c ->
            List.copyOf(
                Db.query(
                    c,
                    "select record_id, version, body from aggregate_records"
                        + " where organisation_id = ? and record_type = ? and record_id > ?"
                        + " order by record_id limit ?",
                    stored(organisation, type),
                    organisation.value(), names.nameOf(type), after.orElse(""), limit)));
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
                        stored(organisation, type),
                        organisation.value(), names.nameOf(type), key)
                    .stream()
                    .filter(s -> s.aggregate() instanceof Keyed k && key.equals(k.lookupKey()))
                    .toList()));
  }

  @Override
  public <A extends Record> List<Stored<A>> allWithTerm(OrganisationId organisation, Class<A> type, String term) {
    // the page from the first id without a limit: the same join and the same merge of older records
    return allWithTerm(organisation, type, term, Optional.empty(), Integer.MAX_VALUE);
  }


  @Override
  public <A extends Record> List<Stored<A>> allWithTerm(
      OrganisationId organisation, Class<A> type, String term, Optional<String> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    String name = names.nameOf(type);
    String from = after.orElse("");
    return db.withConnection(
        c -> {
          // along aggregate_record_terms_by_term_and_id (organisation, type, term, id), stopping at
          // the limit
          List<Stored<A>> found = new ArrayList<>(
              Db.query(
                  c,
                  "select r.record_id, r.version, r.body from aggregate_record_terms t join aggregate_records r"
                      + " on r.organisation_id = t.organisation_id and r.record_type = t.record_type"
                      + " and r.record_id = t.record_id"
                      + " where t.organisation_id = ? and t.record_type = ? and t.term = ? and t.record_id > ?"
                      + " order by t.record_id limit ?",
                  stored(organisation, type),
                  organisation.value(), name, term, from, limit));
          if (names.hasTerms(type)) {
            // records written before V95 (or before the type had terms): read and filtered here
            // until they are written again, then merged into the page
            Db.query(
                    c,
                    "select record_id, version, body from aggregate_records where organisation_id = ?"
                        + " and record_type = ? and terms_written = ? and record_id > ?",
                    stored(organisation, type),
                    organisation.value(), name, false, from)
                .stream()
                .filter(s -> names.termsOf(s.aggregate()).contains(term))
                .forEach(found::add);
          }
          found.sort(Comparator.comparing(Stored::id));
          return List.copyOf(found.subList(0, Math.min(limit, found.size())));
        });
  }

  /**
   * Makes the stored terms of the record {@code (organisation, type, id)} those of {@code
   * aggregate}: inserts the new ones, deletes the ones it lost (a change of one member of a large
   * group writes one row, not all of them), and marks the record indexed.
   */
  private void writeTerms(Connection c, OrganisationId organisation, String type, String id, Record aggregate)
      throws SQLException {
    if (!names.hasTerms(aggregate.getClass())) {
      return;
    }
    Set<String> wanted = names.termsOf(aggregate);
    Set<String> stored = new HashSet<>(Db.query(
        c,
        "select term from aggregate_record_terms where organisation_id = ? and record_type = ? and record_id = ?",
        rs -> rs.getString(1),
        organisation.value(), type, id));
    for (String term : stored) {
      if (!wanted.contains(term)) {
        Db.update(c, "delete from aggregate_record_terms where organisation_id = ? and record_type = ?"
            + " and record_id = ? and term = ?", organisation.value(), type, id, term);
      }
    }
    for (String term : wanted) {
      if (!stored.contains(term)) {
        Db.update(c, "insert into aggregate_record_terms (organisation_id, record_type, record_id, term)"
            + " values (?, ?, ?, ?)", organisation.value(), type, id, term);
      }
    }
    Db.update(c, "update aggregate_records set terms_written = ? where organisation_id = ? and record_type = ?"
        + " and record_id = ? and terms_written = ?", true, organisation.value(), type, id, false);
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
