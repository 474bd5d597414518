/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What makes a notification unique: one business event (organisation, intent, entity, logical
 * event) told to one person. The same key is enqueued once, however often the caller retries.
 *
 * @param organisation the organisation (building, cooperative) the event belongs to, never blank
 * @param intent what the notification tells, never null
 * @param entity the entity the event is about (a call for funds, an assembly), never blank
 * @param event the logical event on that entity ({@code issued}, {@code due-2026-03-15}), never blank
 * @param person the person told, never null
 */
public record NotificationKey(String organisation, Intent intent, String entity, String event, PersonId person) {
  public NotificationKey {
    requireText(organisation, "organisation");
    Objects.requireNonNull(intent, "intent");
    requireText(entity, "entity");
    requireText(event, "event");
    Objects.requireNonNull(person, "person");
  }

  /**
   * The idempotency key: the five parts, each percent-encoded, joined by {@code :}, so that two
   * different keys never give the same text ({@code org-1:CALL_FOR_FUNDS:call-7:issued:owner-3}).
   */
  public String idempotencyKey() {
    return Stream.of(organisation, intent.name(), entity, event, person.value())
        .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8))
        .collect(Collectors.joining(":"));
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is not blank");
    }
  }
}
