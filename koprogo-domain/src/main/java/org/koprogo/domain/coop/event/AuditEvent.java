/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.time.Instant;
import java.util.Objects;
import org.koprogo.domain.coop.GroupId;

/**
 * A critical action on record: who did what to which subject, when, and the state before and
 * after. Names people by id only, never by name (the trail outlives a GDPR erasure).
 *
 * @param actor the actor's id
 * @param action what was done, past tense ({@code "ContributionConfirmed"})
 * @param subject what it was done to ({@code "member:m1"}, {@code "ledger:E7"})
 * @param before the subject's state before (a status name, an amount), empty when it was created
 * @param after the subject's state after
 * @param group the cooperative
 * @param occurredAt when
 */
public record AuditEvent(
    GroupId group, Instant occurredAt, String actor, String action, String subject, String before,
    String after) implements CoopEvent {
  /**
   * Checks that every part is given.
   *
   * @param group the cooperative
   * @param occurredAt when
   * @param actor the actor's id
   * @param action what was done, past tense ({@code "ContributionConfirmed"})
   * @param subject what it was done to ({@code "member:m1"}, {@code "ledger:E7"})
   * @param before the subject's state before (a status name, an amount), empty when it was created
   * @param after the subject's state after
   */
  public AuditEvent {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
