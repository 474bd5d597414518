/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

/**
 * A person whose personal data is held (GDPR art. 4(1)): an owner or a member, in one
 * organisation.
 *
 * @param organisation the tenant
 * @param kind owner or member
 * @param id the owner's or member's id
 */
public record DataSubject(OrganisationId organisation, Kind kind, String id) {
  /**
   * Checks that every part is given.
   *
   * @param organisation the tenant
   * @param kind owner or member
   * @param id the owner's or member's id
   */
  public DataSubject {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /** Who the person is to the organisation. */
  public enum Kind {
    /** A co-owner of a building. */
    OWNER,
    /** A member of a cooperative or association. */
    MEMBER
  }
}
