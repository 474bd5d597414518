/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.util.Objects;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * What makes a notice unique: the same group, kind, entity and logical event is the same notice,
 * however many times it is produced (a re-run of the daily reminder job sends nothing twice).
 * Maps one to one onto an outbox key {@code (kind.name(), group + "/" + entity, event)}.
 *
 * @param entity what it is about ({@code "installment:2026-03/member:m1"})
 * @param event the logical event ({@code "reminder:D-3"}, {@code "late:D+7"}, {@code "proposed"})
 * @param group the cooperative
 * @param kind the notification's kind (its template)
 */
public record NotificationKey(GroupId group, NotificationKind kind, String entity, String event) {
  /**
   * Checks the key.
   *
   * @param group the cooperative
   * @param kind the notification's kind (its template)
   * @param entity what it is about ({@code "installment:2026-03/member:m1"})
   * @param event the logical event ({@code "reminder:D-3"}, {@code "late:D+7"}, {@code "proposed"})
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code entity}) when the entity or event
   *     is blank
   */
  public NotificationKey {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(event, "event");
    if (entity.isBlank() || event.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a notification key names an entity and an event", "field", "entity");
    }
  }

  /** {@code "g1/DUE_IN_3_DAYS/installment:2026-03/member:m1/reminder:D-3"}. */
  @Override
  public String toString() {
    return group + "/" + kind.name() + "/" + entity + "/" + event;
  }
}
