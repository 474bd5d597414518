/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.time.Instant;
import java.util.Objects;
import org.koprogo.domain.coop.GroupId;

/**
 * One line of the cooperative's timeline: what members see of its history.
 *
 * @param subject what it is about ({@code "group"}, {@code "member:m1"}, {@code "project:P1"})
 * @param summary a short, personal-data-free description ({@code "FUNDING_OPEN -> THRESHOLD_REACHED"})
 * @param group the cooperative
 * @param occurredAt when
 * @param kind what kind of entry
 */
public record TimelineEntry(
    GroupId group, Instant occurredAt, TimelineKind kind, String subject, String summary)
    implements CoopEvent {
  /**
   * Checks that every part is given.
   *
   * @param group the cooperative
   * @param occurredAt when
   * @param kind what kind of entry
   * @param subject what it is about ({@code "group"}, {@code "member:m1"}, {@code "project:P1"})
   * @param summary a short, personal-data-free description ({@code "FUNDING_OPEN ->
   *     THRESHOLD_REACHED"})
   */
  public TimelineEntry {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(summary, "summary");
  }
}
