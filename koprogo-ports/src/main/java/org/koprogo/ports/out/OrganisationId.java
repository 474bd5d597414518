/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

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
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code id}) when blank
   */
  public OrganisationId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an organisation id is not blank", "field", "id");
    }
  }

  /**
   * The organisation id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws KoproGoException {@code INVALID_FIELD} when blank
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
