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
import org.koprogo.domain.shared.Money;

/**
 * A late penalty was charged to a member.
 *
 * @param group the cooperative
 * @param member the member charged
 * @param penalty the penalty's entry id
 * @param amount the penalty
 * @param occurredAt when
 */
public record PenaltyApplied(
    GroupId group,
    MemberId member,
    String penalty,
    Money amount,
    Instant occurredAt)
    implements NotificationIntent {
  /**
   * Checks that every part is given.
   *
   * @param group the cooperative
   * @param member the member charged
   * @param penalty the penalty's entry id
   * @param amount the penalty
   * @param occurredAt when
   */
  public PenaltyApplied {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(penalty, "penalty");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.PENALTY_APPLIED;
  }

  @Override
  public NotificationKey key() {
    return new NotificationKey(
        group, kind(), "penalty:" + penalty + "/member:" + member, "applied");
  }

  @Override
  public Optional<MemberId> recipient() {
    return Optional.of(member);
  }
}
