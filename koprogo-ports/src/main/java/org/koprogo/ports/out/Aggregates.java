/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Optional;

/**
 * What every repository of an aggregate offers: tenant-scoped lookups and optimistic locking.
 *
 * <p>Contract, for every adapter:
 *
 * <ul>
 *   <li>Every read takes the caller's {@link OrganisationId} and returns only that
 *       organisation's aggregates: another tenant's aggregate is never returned, even when the
 *       caller knows its id.
 *   <li>{@link #add} stores a new aggregate (its {@code version} must be 0) and returns it at
 *       version 1; an id that already exists in the organisation is a {@code CONCURRENT_UPDATE}.
 *   <li>{@link #update} stores a changed aggregate whose {@code version} is the version the
 *       caller read; it returns the aggregate at the next version. A version that is no longer the
 *       stored one is a {@code CONCURRENT_UPDATE} (never a lost update); an unknown id is {@code
 *       NOT_FOUND}.
 *   <li>Inside {@link Transactions#inTransaction} the calls join the caller's transaction.
 * </ul>
 *
 * @param <I> the id type
 * @param <A> the aggregate's record
 */
public interface Aggregates<I, A> {

  /**
   * Stores a new aggregate (version 0) and returns it at version 1.
   *
   * @param aggregate the new aggregate, version 0
   * @return the aggregate, version 1
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when the id
   *     already exists in the organisation
   */
  A add(A aggregate);

  /**
   * Stores a changed aggregate read at its {@code version}; returns it at the next version.
   *
   * @param aggregate the changed aggregate, at the version read
   * @return the aggregate, next version
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when another
   *     version is stored, {@code NOT_FOUND} for an unknown id
   */
  A update(A aggregate);

  /**
   * The aggregate {@code id} of {@code organisation}, if there is one.
   *
   * @param organisation the tenant
   * @param id the id
   * @return the aggregate, or empty
   */
  Optional<A> find(OrganisationId organisation, I id);

  /**
   * Every aggregate of {@code organisation}, ordered by id.
   *
   * @param organisation the tenant
   * @return the aggregates
   */
  List<A> all(OrganisationId organisation);

  /**
   * The aggregate {@code id} of {@code organisation}.
   *
   * @param organisation the tenant
   * @param id the id
   * @return the aggregate
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  default A get(OrganisationId organisation, I id) {
    return find(organisation, id).orElseThrow(() -> StoreErrors.notFound(kind(), id));
  }

  /**
   * The aggregate's kind in messages ({@code "building"}).
   *
   * @return the kind
   */
  String kind();
}
