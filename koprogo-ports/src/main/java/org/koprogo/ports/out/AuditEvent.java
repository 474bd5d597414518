/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something that happened and must stay on record: who did what to which subject, when.
 *
 * <p>Audit events name people by id only, never by name, e-mail or phone: the trail is kept
 * after a GDPR erasure (see docs/gdpr.md), so it must not hold personal data itself.
 *
 * @param at when it happened
 * @param actor who did it (a user id, {@code "system"}), never a name
 * @param action what was done, past tense ({@code "ExpenseDistributed"})
 * @param subjectType the kind of subject ({@code "expense"})
 * @param subjectId the subject's id
 * @param details further facts (ids, amounts), sorted by key
 */
public record AuditEvent(
    Instant at,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    Map<String, String> details) {
  /**
   * Checks that every part is given and copies the details, sorted by key.
   *
   * @param at when it happened
   * @param actor who did it (a user id, {@code "system"}), never a name
   * @param action what was done, past tense ({@code "ExpenseDistributed"})
   * @param subjectType the kind of subject ({@code "expense"})
   * @param subjectId the subject's id
   * @param details further facts (ids, amounts), sorted by key
   */
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    details = Collections.unmodifiableMap(new TreeMap<>(details));
  }
}
