/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Objects;

/**
 * The audit trail of each organisation: append-only (no adapter code path updates or deletes an
 * entry), read back in order.
 */
public interface AuditTrail {

  /**
   * Appends {@code event} to {@code organisation}'s trail (in the caller's transaction, if any).
   *
   * @param organisation the tenant
   * @param event what happened
   * @return the stored entry with its sequence number
   */
  AuditEntry append(OrganisationId organisation, AuditEvent event);

  /**
   * Entries of {@code organisation} matching {@code query}, in sequence order.
   *
   * @param organisation the tenant
   * @param query the filter
   * @return the entries
   */
  List<AuditEntry> list(OrganisationId organisation, Query query);

  /**
   * One stored entry.
   *
   * @param sequence increasing with the order of appending (gaps allowed)
   * @param organisation the tenant
   * @param event what happened
   */
  record AuditEntry(long sequence, OrganisationId organisation, AuditEvent event) {
    /**
     * Checks that every part is given.
     *
     * @param sequence increasing with the order of appending (gaps allowed)
     * @param organisation the tenant
     * @param event what happened
     */
    public AuditEntry {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(event, "event");
    }
  }

  /**
   * A filter.
   *
   * @param subjectType only this kind of subject, or null for any
   * @param subjectId only this subject, or null for any
   * @param afterSequence only entries after this sequence (0 from the start)
   * @param limit at most this many entries, positive
   */
  record Query(String subjectType, String subjectId, long afterSequence, int limit) {
    /**
     * Checks the limit.
     *
     * @param subjectType only this kind of subject, or null for any
     * @param subjectId only this subject, or null for any
     * @param afterSequence only entries after this sequence (0 from the start)
     * @param limit at most this many entries, positive
     * @throws IllegalArgumentException for a limit below 1
     */
    public Query {
      if (limit <= 0) {
        throw new IllegalArgumentException("limit " + limit + " is not positive");
      }
    }

    /**
     * The first {@code limit} entries, any subject.
     *
     * @param limit at most this many, positive
     * @return the query
     */
    public static Query first(int limit) {
      return new Query(null, null, 0, limit);
    }

    /**
     * The first {@code limit} entries about one subject.
     *
     * @param subjectType the kind of subject ({@code "group"})
     * @param subjectId the subject's id
     * @param limit at most this many, positive
     * @return the query
     */
    public static Query about(String subjectType, String subjectId, int limit) {
      return new Query(subjectType, subjectId, 0, limit);
    }
  }
}
