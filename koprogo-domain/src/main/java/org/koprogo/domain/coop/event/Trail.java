/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.GroupId;

/**
 * Collects the events of one command (by one actor, at one instant) in order, then wraps them
 * with the aggregate's new state. A short-lived builder used inside a command, never shared.
 */
public final class Trail {
  private final GroupId group;
  private final Actor actor;
  private final Instant at;
  private final List<CoopEvent> events = new ArrayList<>();

  private Trail(GroupId group, Actor actor, Instant at) {
    this.group = Objects.requireNonNull(group, "group");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.at = Objects.requireNonNull(at, "at");
  }

  /** A trail for {@code actor} acting in {@code group} at {@code at}. */
  public static Trail of(GroupId group, Actor actor, Instant at) {
    return new Trail(group, actor, at);
  }

  /** The instant of the command. */
  public Instant at() {
    return at;
  }

  /** Adds an audit event. */
  public Trail audit(String action, String subject, String before, String after) {
    events.add(new AuditEvent(group, at, actor.id(), action, subject, before, after));
    return this;
  }

  /** Adds a timeline entry. */
  public Trail timeline(TimelineKind kind, String subject, String summary) {
    events.add(new TimelineEntry(group, at, kind, subject, summary));
    return this;
  }

  /** Adds the audit event and the timeline entry of a status change. */
  public Trail statusChanged(String action, String subject, Enum<?> before, Enum<?> after) {
    audit(action, subject, before == null ? "" : before.name(), after.name());
    return timeline(
        TimelineKind.STATUS_CHANGE, subject,
        (before == null ? "" : before.name() + " -> ") + after.name());
  }

  /** Adds a notification intent and its timeline entry. */
  public Trail notify(NotificationIntent intent) {
    events.add(intent);
    return timeline(TimelineKind.SYSTEM_NOTIFICATION, intent.key().entity(), intent.kind().name());
  }

  /** The events so far with the aggregate's new state. */
  public <T> Change<T> change(T after) {
    return new Change<>(after, events);
  }
}
