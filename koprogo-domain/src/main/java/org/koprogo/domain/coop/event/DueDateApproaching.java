/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * An unpaid installment falls due in {@code daysBefore} days (3, then 1).
 *
 * @param group the cooperative
 * @param member the member reminded
 * @param installment the installment's reference in the contribution plan
 * @param dueDate when it falls due
 * @param outstanding what is left to pay
 * @param daysBefore 3 or 1
 * @param occurredAt when the reminder was decided
 */
public record DueDateApproaching(
    GroupId group,
    MemberId member,
    String installment,
    LocalDate dueDate,
    Money outstanding,
    int daysBefore,
    Instant occurredAt)
    implements NotificationIntent {
  /**
   * Checks the reminder.
   *
   * @param group the cooperative
   * @param member the member reminded
   * @param installment the installment's reference in the contribution plan
   * @param dueDate when it falls due
   * @param outstanding what is left to pay
   * @param daysBefore 3 or 1
   * @param occurredAt when the reminder was decided
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code daysBefore}) for days other than 3
   *     and 1
   */
  public DueDateApproaching {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(installment, "installment");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(outstanding, "outstanding");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (daysBefore != 3 && daysBefore != 1) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "reminders come 3 days or 1 day before, not " + daysBefore, "field", "daysBefore");
    }
  }

  @Override
  public NotificationKind kind() {
    return daysBefore == 3 ? NotificationKind.DUE_IN_3_DAYS : NotificationKind.DUE_IN_1_DAY;
  }

  @Override
  public NotificationKey key() {
    return new NotificationKey(
        group, kind(), "installment:" + installment + "/member:" + member, "reminder:D-" + daysBefore);
  }

  @Override
  public Optional<MemberId> recipient() {
    return Optional.of(member);
  }
}
