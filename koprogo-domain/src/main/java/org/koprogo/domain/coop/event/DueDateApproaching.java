/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.shared.Money;

/** An unpaid installment falls due in {@code daysBefore} days (3, then 1). */
public record DueDateApproaching(GroupId group, MemberId member, String installment, LocalDate dueDate, Money outstanding, int daysBefore, Instant occurredAt) implements NotificationIntent {
  public DueDateApproaching {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(installment, "installment");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(outstanding, "outstanding");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.DUE_REMINDER;
  }

  @Override
  public NotificationKey key() {
    return new NotificationKey(group, kind(), "installment:" + installment + "/member:" + member, "reminder:D-" + daysBefore);
  }

  @Override
  public Optional<MemberId> recipient() {
    return Optional.of(member);
  }
}
