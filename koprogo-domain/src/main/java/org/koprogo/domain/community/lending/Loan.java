/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.lending;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.community.NeighbourId;

/**
 * A loan of an object for the days {@code [from, until]} (both included).
 *
 * @param id its id
 * @param objectId the object
 * @param borrower who borrows it
 * @param from the first day
 * @param until the last day (the return date)
 * @param status where it stands
 * @param conditionAtHandover noted at handover, or null
 * @param conditionAtReturn noted at return, or null
 */
public record Loan(
    String id, String objectId, NeighbourId borrower, LocalDate from, LocalDate until, LoanStatus status,
    Condition conditionAtHandover, Condition conditionAtReturn) {
  /**
   * Checks that every part is given.
   *
   * @param id its id
   * @param objectId the object
   * @param borrower who borrows it
   * @param from the first day
   * @param until the last day (the return date)
   * @param status where it stands
   * @param conditionAtHandover noted at handover, or null
   * @param conditionAtReturn noted at return, or null
   */
  public Loan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(borrower, "borrower");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(status, "status");
  }

  /**
   * True when the two periods share at least one day.
   *
   * @param otherFrom the other period's first day
   * @param otherUntil the other period's last day
   * @return whether they overlap
   */
  public boolean overlaps(LocalDate otherFrom, LocalDate otherUntil) {
    return !from.isAfter(otherUntil) && !otherFrom.isAfter(until);
  }
}
