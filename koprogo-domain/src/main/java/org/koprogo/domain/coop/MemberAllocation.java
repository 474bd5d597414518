/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One member's result of an allocation round.
 *
 * @param lot the lot allotted, present exactly when the outcome is ALLOCATED
 * @param member the member
 * @param rank their place on the waiting list
 * @param eligibility the eligibility decision at the cut-off
 * @param outcome ALLOCATED, WAITLISTED or INELIGIBLE
 */
public record MemberAllocation(
    MemberId member, Rank rank, EligibilityDecision eligibility, Optional<LotId> lot,
    AllocationOutcome outcome) {
  /**
   * Checks that the lot, the outcome and the decision agree.
   *
   * @param member the member
   * @param rank their place on the waiting list
   * @param eligibility the eligibility decision at the cut-off
   * @param lot the lot allotted, present exactly when the outcome is ALLOCATED
   * @param outcome ALLOCATED, WAITLISTED or INELIGIBLE
   * @throws KoproGoException {@code INVALID_FIELD} when a lot is given without ALLOCATED (or the
   *     reverse), or INELIGIBLE does not match an ineligible decision
   */
  public MemberAllocation {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(eligibility, "eligibility");
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(outcome, "outcome");
    if (lot.isPresent() != (outcome == AllocationOutcome.ALLOCATED)) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a lot goes with ALLOCATED and only with it", "field", "lot");
    }
    if (eligibility.eligible() == (outcome == AllocationOutcome.INELIGIBLE)) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "INELIGIBLE goes with an ineligible decision and only with it", "field", "outcome");
    }
  }
}
