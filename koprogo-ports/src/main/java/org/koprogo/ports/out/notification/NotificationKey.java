/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.Objects;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;

/**
 * What makes a notification unique: one business event (organisation, intent, entity, logical
 * event) told to one person. The same key is enqueued once, however often the caller retries.
 *
 * @param organisation the organisation (co-ownership, cooperative) the event belongs to, never null
 * @param intent what the notification tells, never null
 * @param entity the entity the event is about (a call for funds, an assembly), never blank
 * @param event the logical event on that entity ({@code issued}, {@code due-2026-03-15}), never blank
 * @param person the person told, never null
 */
public record NotificationKey(OrganisationId organisation, Intent intent, String entity, String event, PersonId person) {
  /**
   * Checks the key.
   *
   * @param organisation the organisation (co-ownership, cooperative) the event belongs to, never
   *     null
   * @param intent what the notification tells, never null
   * @param entity the entity the event is about (a call for funds, an assembly), never blank
   * @param event the logical event on that entity ({@code issued}, {@code due-2026-03-15}), never
   *     blank
   * @param person the person told, never null
   * @throws IllegalArgumentException for a blank entity or event
   */
  public NotificationKey {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(intent, "intent");
    requireText(entity, "entity");
    requireText(event, "event");
    Objects.requireNonNull(person, "person");
  }

  /**
   * The outbox key of this notification on a channel: {@code kind} is the channel's template
   * ({@code whatsapp:koprogo_call_for_funds}), the entity is the key's, and the event is the
   * key's event followed by {@code @} and the person ({@code issued@owner-anne}; a {@code %} or
   * {@code @} inside either is percent-encoded), so that one
   * business event is enqueued once per person and channel.
   *
   * @param kind the channel and template, never blank
   * @return the outbox key
   * @throws IllegalArgumentException for a blank kind
   */
  public Outbox.Key outboxKey(String kind) {
    requireText(kind, "kind");
    return new Outbox.Key(kind, entity, escaped(event) + "@" + escaped(person.value()));
  }

  /** {@code %} and {@code @} percent-encoded, so that the event and the person never run into each other. */
  private static String escaped(String part) {
    return part.replace("%", "%25").replace("@", "%40");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is not blank");
    }
  }
}
