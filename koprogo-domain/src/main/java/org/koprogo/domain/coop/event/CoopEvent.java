/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.time.Instant;
import org.koprogo.domain.coop.GroupId;

/**
 * Something that happened in a cooperative, in the past tense, with the instant the caller says
 * it happened. The domain emits events; storing them (audit trail, timeline, outbox) is the
 * adapters' job.
 */
public sealed interface CoopEvent permits AuditEvent, TimelineEntry, NotificationIntent {

  /**
   * The cooperative it happened in.
   *
   * @return the group
   */
  GroupId group();

  /**
   * When it happened (supplied by the caller: the domain never reads the clock).
   *
   * @return the instant
   */
  Instant occurredAt();
}
