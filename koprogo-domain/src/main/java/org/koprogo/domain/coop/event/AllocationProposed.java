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
 * A lot was proposed to a member by the FIFO allocation.
 *
 * @param group the cooperative
 * @param allocation the allocation's id
 * @param member the member, told the news
 * @param lot the lot proposed
 * @param occurredAt when
 */
public record AllocationProposed(
    GroupId group,
    String allocation,
    MemberId member,
    LotId lot,
    Instant occurredAt)
    implements NotificationIntent {
  /**
   * Checks that every part is given.
   *
   * @param group the cooperative
   * @param allocation the allocation's id
   * @param member the member, told the news
   * @param lot the lot proposed
   * @param occurredAt when
   */
  public AllocationProposed {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.LOT_ALLOCATION_PROPOSED;
  }

  @Override
  public NotificationKey key() {
    return new NotificationKey(group, kind(), "allocation:" + allocation, "proposed");
  }

  @Override
  public Optional<MemberId> recipient() {
    return Optional.of(member);
  }
}
