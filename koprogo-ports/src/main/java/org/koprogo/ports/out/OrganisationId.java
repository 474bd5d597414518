/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

/**
 * The id of an organisation: a co-ownership association, a housing cooperative or an association. It is the tenant: every stored row carries it and every query is scoped by it.
 *
 * @param value the id, not blank
 */
public record OrganisationId(String value) implements Comparable<OrganisationId> {
  /**
   * Checks the id.
   *
   * @param value the id, not blank
   * @throws IllegalArgumentException when blank
   */
  public OrganisationId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("OrganisationId is not blank");
    }
  }

  /**
   * The organisation id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws IllegalArgumentException when blank
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  @Override
  public int compareTo(OrganisationId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
