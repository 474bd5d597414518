/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores any aggregate of the domain that is a Java record (an allocation, a yearly budget, a
 * building with its ownerships, a notice of the community board...), whole, by type and id:
 * the store for the aggregates that have no repository of their own.
 *
 * <p>Contract, as {@link Aggregates}: tenant-scoped reads, {@code add} at version 1 ({@code
 * CONCURRENT_UPDATE} when the id is taken), {@code update} with the version read ({@code
 * CONCURRENT_UPDATE} when another version is stored, {@code NOT_FOUND} when none is), and what is
 * read back equals what was stored. The aggregate is rebuilt through its canonical constructor,
 * so the domain's validation runs again on reading. A database adapter stores a record's
 * components by name (JSON), so a record's components may be added (with a default when absent:
 * none) but not renamed without a migration; types are named by their class name.
 */
public interface AggregateStore {

  /**
   * Stores a new aggregate under {@code id}; returns it at version 1.
   *
   * @param <A> the aggregate's record type
   * @param organisation the tenant
   * @param id the id, unique per organisation and type
   * @param aggregate the aggregate
   * @return the stored aggregate, version 1
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when the id is
   *     taken
   */
  <A extends Record> Stored<A> add(OrganisationId organisation, String id, A aggregate);

  /**
   * Stores {@code changed} (its version is the version read); returns it at the next version.
   *
   * @param <A> the aggregate's record type
   * @param changed the aggregate as read, with its new state
   * @return the stored aggregate, next version
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when another
   *     version is stored, {@code NOT_FOUND} when none is
   */
  <A extends Record> Stored<A> update(Stored<A> changed);

  /**
   * The aggregate of {@code type} stored under {@code id} in {@code organisation}.
   *
   * @param <A> the aggregate's record type
   * @param organisation the tenant
   * @param type the aggregate's class
   * @param id the id
   * @return the stored aggregate, or empty
   */
  <A extends Record> Optional<Stored<A>> find(OrganisationId organisation, Class<A> type, String id);

  /**
   * Every aggregate of {@code type} in {@code organisation}, ordered by id.
   *
   * @param <A> the aggregate's record type
   * @param organisation the tenant
   * @param type the aggregate's class
   * @return the stored aggregates
   */
  <A extends Record> List<Stored<A>> all(OrganisationId organisation, Class<A> type);

  /**
   * A page of the aggregates of {@code type} in {@code organisation} in the order of {@link #all}
   * (by id): those whose id follows {@code after} (from the first when empty; {@code after} need
   * not be stored), at most {@code limit}. A database adapter reads along its key and stops at the
   * limit; this default reads them all.
   *
   * @param <A> the aggregate's record type
   * @param organisation the tenant
   * @param type the aggregate's class
   * @param after the last id of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the stored aggregates of the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default <A extends Record> List<Stored<A>> all(
      OrganisationId organisation, Class<A> type, Optional<String> after, int limit) {
    return IdPages.after(all(organisation, type), after, Stored::id, limit);
  }

  /**
   * A page of the aggregates of {@code type} in {@code organisation} whose id starts with {@code
   * prefix} (a building's yearly budgets: {@code building/}), in the order of {@link #all} (by
   * id): those whose id follows {@code after} (from the first when empty; {@code after} need not
   * be stored), at most {@code limit}. A database adapter reads along its key from the prefix and
   * stops at the limit; this default reads them all.
   *
   * @param <A> the aggregate's record type
   * @param organisation the tenant
   * @param type the aggregate's class
   * @param prefix what the ids start with, not empty
   * @param after the last id of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the stored aggregates of the page
   * @throws IllegalArgumentException for a limit below 1 or an empty prefix
   */
  default <A extends Record> List<Stored<A>> allWithIdPrefix(
      OrganisationId organisation, Class<A> type, String prefix, Optional<String> after, int limit) {
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("the prefix is empty");
    }
    return IdPages.after(all(organisation, type).stream().filter(s -> s.id().startsWith(prefix)).toList(),
        after, Stored::id, limit);
  }

  /**
   * The aggregates of {@code type} whose {@link Keyed#lookupKey()} is {@code key}, in the order of
   * {@link #all}. A database adapter stores the key beside the record and reads along an index;
   * this default reads them all.
   *
   * @param <A> the aggregate's record type
   * @param organisation the tenant
   * @param type the aggregate's class
   * @param key the lookup key
   * @return the stored aggregates with that key
   */
  default <A extends Record> List<Stored<A>> allWithKey(OrganisationId organisation, Class<A> type, String key) {
    java.util.Objects.requireNonNull(key, "key");
    return all(organisation, type).stream()
        .filter(s -> s.aggregate() instanceof Keyed k && key.equals(k.lookupKey()))
        .toList();
  }

  /**
   * The aggregates of {@code type} one of whose index terms ({@link StoredNames#termsOf}: a
   * cooperative group's members, an allocation's group) is {@code term}, in the order of {@link
   * #all}. A database adapter stores the terms beside the record and reads along an index, so the
   * cost follows what is found, not what the organisation holds; this default reads them all and
   * uses the library's terms.
   *
   * @param <A> the aggregate's type
   * @param organisation the tenant
   * @param type the aggregate's record type
   * @param term the term looked for
   * @return the aggregates carrying {@code term}
   */
  default <A extends Record> List<Stored<A>> allWithTerm(OrganisationId organisation, Class<A> type, String term) {
    java.util.Objects.requireNonNull(term, "term");
    StoredNames names = StoredNames.library();
    return all(organisation, type).stream()
        .filter(s -> names.termsOf(s.aggregate()).contains(term))
        .toList();
  }

  /**
   * A page of the aggregates of {@code type} carrying the index term {@code term}, in the order of
   * {@link #allWithTerm(OrganisationId, Class, String)} (by id): those whose id follows {@code
   * after} (from the first when empty; {@code after} need not be stored), at most {@code limit}. A
   * database adapter reads along an index on the term and the id and stops at the limit; this
   * default reads every aggregate with the term.
   *
   * @param <A> the aggregate's type
   * @param organisation the tenant
   * @param type the aggregate's record type
   * @param term the term looked for
   * @param after the last id of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the stored aggregates of the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default <A extends Record> List<Stored<A>> allWithTerm(
      OrganisationId organisation, Class<A> type, String term, Optional<String> after, int limit) {
    return IdPages.after(allWithTerm(organisation, type, term), after, Stored::id, limit);
  }

  /**
   * An aggregate read by one key besides its id (an owner's payments by the owner): the store keeps
   * the key when it adds or updates the aggregate.
   */
  interface Keyed {
    /**
     * The lookup key, at most 200 characters, never null.
     *
     * @return the key
     */
    String lookupKey();
  }

  /**
   * An aggregate as stored.
   *
   * @param organisation the tenant
   * @param id its id in the store (unique per organisation and type)
   * @param version the optimistic-lock version
   * @param aggregate the domain record
   */
  record Stored<A extends Record>(OrganisationId organisation, String id, long version, A aggregate) {
    /**
     * Checks the stored aggregate.
     *
     * @param organisation the tenant
     * @param id its id in the store (unique per organisation and type)
     * @param version the optimistic-lock version
     * @param aggregate the domain record
     * @throws IllegalArgumentException for a blank id
     */
    public Stored {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(aggregate, "aggregate");
      if (id.isBlank()) {
        throw new IllegalArgumentException("an aggregate id is not blank");
      }
    }

    /**
     * The same stored aggregate, changed to {@code next} (to pass to {@link #update}).
     *
     * @param next the new state
     * @return the stored aggregate, same version
     */
    public Stored<A> with(A next) {
      return new Stored<>(organisation, id, version, next);
    }

    /**
     * The class the aggregate is stored under.
     *
     * @return the aggregate's class
     */
    @SuppressWarnings("unchecked")
    public Class<A> type() {
      return (Class<A>) aggregate.getClass();
    }
  }
}
