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
 * An installment is still unpaid {@code daysLate} days after its due date (1, then 7).
 *
 * @param group the cooperative
 * @param member the member reminded
 * @param installment the installment's reference in the contribution plan
 * @param dueDate when it fell due
 * @param outstanding what is left to pay
 * @param daysLate 1 or 7
 * @param occurredAt when the notice was decided
 */
public record PaymentOverdue(
    GroupId group,
    MemberId member,
    String installment,
    LocalDate dueDate,
    Money outstanding,
    int daysLate,
    Instant occurredAt)
    implements NotificationIntent {
  /**
   * Checks the notice.
   *
   * @param group the cooperative
   * @param member the member reminded
   * @param installment the installment's reference in the contribution plan
   * @param dueDate when it fell due
   * @param outstanding what is left to pay
   * @param daysLate 1 or 7
   * @param occurredAt when the notice was decided
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code daysLate}) for days other than 1
   *     and 7
   */
  public PaymentOverdue {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(installment, "installment");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(outstanding, "outstanding");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (daysLate != 1 && daysLate != 7) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "late notices come 1 day or 7 days after, not " + daysLate, "field", "daysLate");
    }
  }

  @Override
  public NotificationKind kind() {
    return daysLate == 1 ? NotificationKind.LATE_BY_1_DAY : NotificationKind.LATE_BY_7_DAYS;
  }

  @Override
  public NotificationKey key() {
    return new NotificationKey(
        group, kind(), "installment:" + installment + "/member:" + member, "late:D+" + daysLate);
  }

  @Override
  public Optional<MemberId> recipient() {
    return Optional.of(member);
  }
}
