/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.Instant;
import java.util.Objects;
import org.koprogo.domain.building.OwnerId;

/**
 * A co-owner (a person or a legal entity).
 *
 * @param organisation the tenant
 * @param id its id
 * @param details personal data
 * @param erasedAt when the personal data was erased (GDPR art. 17), or null
 * @param version the optimistic-lock version (0 before it is first stored)
 */
public record Owner(
    OrganisationId organisation, OwnerId id, PersonalDetails details, Instant erasedAt, long version) {
  /**
   * Checks that every part is given.
   *
   * @param organisation the tenant
   * @param id its id
   * @param details personal data
   * @param erasedAt when the personal data was erased (GDPR art. 17), or null
   * @param version the optimistic-lock version (0 before it is first stored)
   */
  public Owner {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(details, "details");
  }

  /**
   * This owner at {@code version}.
   *
   * @param version the version
   * @return the owner
   */
  public Owner withVersion(long version) {
    return new Owner(organisation, id, details, erasedAt, version);
  }

  /**
   * This owner with its personal data erased at {@code at}.
   *
   * @param at when the data was erased
   * @return the owner, erased
   */
  public Owner erased(Instant at) {
    return new Owner(organisation, id, PersonalDetails.ERASED, at, version);
  }
}
