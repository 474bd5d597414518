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

/**
 * An installment was called from a member: pay {@code amount} by {@code dueDate}.
 *
 * @param group the cooperative
 * @param member the member called
 * @param installment the installment's reference in the contribution plan
 * @param dueDate when it falls due
 * @param amount the amount called
 * @param occurredAt when
 */
public record FundsCalled(
    GroupId group,
    MemberId member,
    String installment,
    LocalDate dueDate,
    Money amount,
    Instant occurredAt)
    implements NotificationIntent {
  /**
   * Checks that every part is given.
   *
   * @param group the cooperative
   * @param member the member called
   * @param installment the installment's reference in the contribution plan
   * @param dueDate when it falls due
   * @param amount the amount called
   * @param occurredAt when
   */
  public FundsCalled {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(installment, "installment");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.CALL_FOR_FUNDS;
  }

  @Override
  public NotificationKey key() {
    return new NotificationKey(
        group, kind(), "installment:" + installment + "/member:" + member, "called");
  }

  @Override
  public Optional<MemberId> recipient() {
    return Optional.of(member);
  }
}
