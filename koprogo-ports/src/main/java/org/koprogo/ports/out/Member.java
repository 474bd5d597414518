/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A member of a housing cooperative or an association.
 *
 * @param organisation the tenant
 * @param id its id
 * @param details personal data
 * @param rank the FIFO rank (1 = first in line) for lot allocation, 0 when not ranked
 * @param status PENDING_KYC, ACTIVE, SUSPENDED or WITHDRAWN
 * @param joinedOn the day membership started
 * @param erasedAt when the personal data was erased (GDPR art. 17), or null
 * @param version the optimistic-lock version (0 before it is first stored)
 */
public record Member(
    OrganisationId organisation,
    MemberId id,
    PersonalDetails details,
    int rank,
    Status status,
    LocalDate joinedOn,
    Instant erasedAt,
    long version) {
  /**
   * Checks the member.
   *
   * @param organisation the tenant
   * @param id its id
   * @param details personal data
   * @param rank the FIFO rank (1 = first in line) for lot allocation, 0 when not ranked
   * @param status PENDING_KYC, ACTIVE, SUSPENDED or WITHDRAWN
   * @param joinedOn the day membership started
   * @param erasedAt when the personal data was erased (GDPR art. 17), or null
   * @param version the optimistic-lock version (0 before it is first stored)
   * @throws IllegalArgumentException for a negative rank
   */
  public Member {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(joinedOn, "joinedOn");
    if (rank < 0) {
      throw new IllegalArgumentException("rank " + rank + " is negative");
    }
  }

  /** A member's status (RULES.md, coop-allocation). */
  public enum Status {
    /** Admitted, waiting for the KYC documents. */
    PENDING_KYC,
    /** A member in full. */
    ACTIVE,
    /** Suspended by the managers. */
    SUSPENDED,
    /** Left the cooperative (terminal); the rank stays theirs. */
    WITHDRAWN
  }

  /**
   * This member at {@code version}.
   *
   * @param version the version
   * @return the member
   */
  public Member withVersion(long version) {
    return new Member(organisation, id, details, rank, status, joinedOn, erasedAt, version);
  }

  /**
   * This member with its personal data erased at {@code at}.
   *
   * @param at when the data was erased
   * @return the member, erased
   */
  public Member erased(Instant at) {
    return new Member(organisation, id, PersonalDetails.ERASED, rank, status, joinedOn, at, version);
  }
}
