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
 * The project reached a milestone; every member is told.
 *
 * @param group the cooperative
 * @param project the project
 * @param milestone the milestone reached
 * @param occurredAt when
 */
public record MilestoneReached(
    GroupId group,
    String project,
    String milestone,
    Instant occurredAt)
    implements NotificationIntent {
  /**
   * Checks that every part is given.
   *
   * @param group the cooperative
   * @param project the project
   * @param milestone the milestone reached
   * @param occurredAt when
   */
  public MilestoneReached {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.PROJECT_MILESTONE_REACHED;
  }

  @Override
  public NotificationKey key() {
    return new NotificationKey(group, kind(), "project:" + project, "milestone:" + milestone);
  }

  @Override
  public Optional<MemberId> recipient() {
    return Optional.empty();
  }
}
