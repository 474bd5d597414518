/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;

/**
 * The minutes of a meeting were published to every member.
 *
 * @param group the cooperative
 * @param minutesReference the minutes' reference
 * @param occurredAt when
 */
public record MinutesPublished(
    GroupId group,
    String minutesReference,
    Instant occurredAt)
    implements NotificationIntent {
  /**
   * Checks that every part is given.
   *
   * @param group the cooperative
   * @param minutesReference the minutes' reference
   * @param occurredAt when
   */
  public MinutesPublished {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(minutesReference, "minutesReference");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.MINUTES_PUBLISHED;
  }

  @Override
  public NotificationKey key() {
    return new NotificationKey(group, kind(), "minutes:" + minutesReference, "published");
  }

  @Override
  public Optional<MemberId> recipient() {
    return Optional.empty();
  }
}
