/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;

/**
 * The managers validated a proposed allocation (decision in the minutes).
 *
 * @param group the cooperative
 * @param allocation the allocation's id
 * @param member the member, told the news
 * @param lot the lot
 * @param minutesReference the minutes of the managers' decision
 * @param occurredAt when
 */
public record AllocationValidated(
    GroupId group,
    String allocation,
    MemberId member,
    LotId lot,
    String minutesReference,
    Instant occurredAt)
    implements NotificationIntent {
  /**
   * Checks that every part is given.
   *
   * @param group the cooperative
   * @param allocation the allocation's id
   * @param member the member, told the news
   * @param lot the lot
   * @param minutesReference the minutes of the managers' decision
   * @param occurredAt when
   */
  public AllocationValidated {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(minutesReference, "minutesReference");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.LOT_ALLOCATION_VALIDATED;
  }

  @Override
  public NotificationKey key() {
    return new NotificationKey(group, kind(), "allocation:" + allocation, "validated");
  }

  @Override
  public Optional<MemberId> recipient() {
    return Optional.of(member);
  }
}
