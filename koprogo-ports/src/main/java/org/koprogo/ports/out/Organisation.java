/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

/**
 * An organisation, the tenant of every other record: a co-ownership association (ACP/VME, Civil
 * Code art. 3.86), a housing cooperative or a non-profit association.
 *
 * @param id its id
 * @param name its legal name
 * @param kind what it is
 * @param version the optimistic-lock version (0 before it is first stored)
 */
public record Organisation(OrganisationId id, String name, Kind kind, long version) {
  /**
   * Checks that every part is given.
   *
   * @param id its id
   * @param name its legal name
   * @param kind what it is
   * @param version the optimistic-lock version (0 before it is first stored)
   */
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** What an organisation is. */
  public enum Kind {
    /** An association of co-owners of a building (Civil Code art. 3.84-3.100). */
    CO_OWNERSHIP,
    /** A housing cooperative. */
    HOUSING_COOPERATIVE,
    /** A not-for-profit association. */
    ASSOCIATION
  }

  /**
   * This organisation at {@code version}.
   *
   * @param version the version
   * @return the organisation
   */
  public Organisation withVersion(long version) {
    return new Organisation(id, name, kind, version);
  }
}
