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

/** The managers validated a proposed allocation (decision in the minutes). */
public record AllocationValidated(
    GroupId group,
    String allocation,
    MemberId member,
    LotId lot,
    String minutesReference,
    Instant occurredAt)
    implements NotificationIntent {
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
