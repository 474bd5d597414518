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

  /**
   * A trail for {@code actor} acting in {@code group} at {@code at}.
   *
   * @param group the cooperative
   * @param actor who acts
   * @param at when, from the Clock port
   * @return an empty trail
   */
  public static Trail of(GroupId group, Actor actor, Instant at) {
    return new Trail(group, actor, at);
  }

  /**
   * The instant of the command.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * Adds an audit event.
   *
   * @param action what was done, past tense ({@code "ContributionConfirmed"})
   * @param subject what it was done to ({@code "member:m1"})
   * @param before the state before, empty when created
   * @param after the state after
   * @return this trail
   */
  public Trail audit(String action, String subject, String before, String after) {
    events.add(new AuditEvent(group, at, actor.id(), action, subject, before, after));
    return this;
  }

  /**
   * Adds a timeline entry.
   *
   * @param kind what kind of entry
   * @param subject what it is about
   * @param summary a short summary, no personal data
   * @return this trail
   */
  public Trail timeline(TimelineKind kind, String subject, String summary) {
    events.add(new TimelineEntry(group, at, kind, subject, summary));
    return this;
  }

  /**
   * Adds the audit event and the timeline entry of a status change.
   *
   * @param action what was done, past tense
   * @param subject what it was done to
   * @param before the status before, or null when created
   * @param after the status after
   * @return this trail
   */
  public Trail statusChanged(String action, String subject, Enum<?> before, Enum<?> after) {
    audit(action, subject, before == null ? "" : before.name(), after.name());
    return timeline(
        TimelineKind.STATUS_CHANGE, subject,
        (before == null ? "" : before.name() + " -> ") + after.name());
  }

  /**
   * Adds a notification intent and its timeline entry.
   *
   * @param intent the notification
   * @return this trail
   */
  public Trail notify(NotificationIntent intent) {
    events.add(intent);
    return timeline(TimelineKind.SYSTEM_NOTIFICATION, intent.key().entity(), intent.kind().name());
  }

  /**
   * The events so far with the aggregate's new state.
   *
   * @param <T> the aggregate's type
   * @param after the aggregate after the command
   * @return the change
   */
  public <T> Change<T> change(T after) {
    return new Change<>(after, events);
  }
}
