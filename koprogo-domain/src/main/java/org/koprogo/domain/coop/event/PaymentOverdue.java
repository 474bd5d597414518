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

/** An installment is still unpaid {@code daysLate} days after its due date (1, then 7). */
public record PaymentOverdue(GroupId group, MemberId member, String installment, LocalDate dueDate, Money outstanding, int daysLate, Instant occurredAt) implements NotificationIntent {
  public PaymentOverdue {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(installment, "installment");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(outstanding, "outstanding");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.LATE_NOTICE;
  }

  @Override
  public NotificationKey key() {
    return new NotificationKey(group, kind(), "installment:" + installment + "/member:" + member, "late:D+" + daysLate);
  }

  @Override
  public Optional<MemberId> recipient() {
    return Optional.of(member);
  }
}
