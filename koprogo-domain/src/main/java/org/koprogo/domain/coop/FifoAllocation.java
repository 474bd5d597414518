/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Money;

/**
 * Cooperative's internal rules (RULES.md coop-allocation): lots go to eligible members in FIFO
 * rank order, each taking the first of their preferences still free (or, without preferences,
 * the first free lot in the project's order), never a lot they did not ask for.
 *
 * <p>Allocation is FIFO of choice, not of delivery: rank decides who chooses first, not who moves
 * in first. Immutable and thread-safe.
 *
 * @param eligibility who may take part (by default {@link ActiveAndUpToDate})
 * @param pending whether PENDING payments count as paid at the cut-off (by default they do not)
 */
public record FifoAllocation(Eligibility eligibility, PendingPayments pending) {
  /**
   * Checks the allocation's rules.
   *
   * @param eligibility who may be allotted a lot
   * @param pending whether PENDING payments count as paid
   */
  public FifoAllocation {
    Objects.requireNonNull(eligibility, "eligibility");
    Objects.requireNonNull(pending, "pending");
  }

  /**
   * FIFO under {@code eligibility}, PENDING payments not counted.
   *
   * @param eligibility who may be allotted a lot
   */
  public FifoAllocation(Eligibility eligibility) {
    this(eligibility, PendingPayments.NOT_COUNTED);
  }

  /**
   * The same allocation with PENDING payments counted or not as {@code option} says.
   *
   * @param option whether PENDING payments count as paid
   * @return the allocation
   */
  public FifoAllocation withPendingPayments(PendingPayments option) {
    return new FifoAllocation(eligibility, option);
  }

  /**
   * FIFO among ACTIVE members owing at most {@code tolerance} at the cut-off.
   *
   * @param tolerance the arrears a member may have and still be eligible
   * @return the allocation
   */
  public static FifoAllocation withTolerance(Money tolerance) {
    return new FifoAllocation(Eligibility.activeAndUpToDate(tolerance));
  }

  /**
   * Runs a round: aggregates the ledger once, decides eligibility, then allots in rank order.
   *
   * @param round the round
   * @return every member's outcome and the lots left
   * @throws org.koprogo.domain.shared.KoproGoException {@code UNKNOWN_MEMBER} for a ledger entry of someone not in the round,
   *     {@code CURRENCY_MISMATCH} for an entry in another currency, {@code AMOUNT_OVERFLOW} when a
   *     total leaves 64-bit minor units
   */
  public AllocationPlan allocate(AllocationRound round) {
    List<Applicant> applicants = round.applicants();
    Map<MemberId, Standing> standings =
        Standings.at(
            round.cutoff(), round.currency(), round.memberIds(), round.dues(), round.penalties(),
            round.payments(), pending);
    int n = applicants.size();
    EligibilityDecision[] decisions = new EligibilityDecision[n];
    List<Integer> queue = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Applicant a = applicants.get(i);
      decisions[i] = eligibility.assess(a.status(), standings.get(a.id()));
      if (decisions[i].eligible()) {
        queue.add(i);
      }
    }
    queue.sort(Comparator.comparing(i -> applicants.get(i).rank()));

    List<OfferedLot> lots = round.lots();
    Map<LotId, Integer> lotIndex = new HashMap<>(Math.max(16, lots.size() * 2));
    boolean[] free = new boolean[lots.size()];
    for (int l = 0; l < lots.size(); l++) {
      lotIndex.put(lots.get(l).id(), l);
      free[l] = lots.get(l).available();
    }
    LotId[] allotted = new LotId[n];
    int nextFree = 0;
    for (int i : queue) {
      Applicant a = applicants.get(i);
      if (a.hasPreferences()) {
        for (LotId wanted : a.preferences()) {
          int l = lotIndex.get(wanted);
          if (free[l]) {
            free[l] = false;
            allotted[i] = wanted;
            break;
          }
        }
      } else {
        while (nextFree < free.length && !free[nextFree]) {
          nextFree++;
        }
        if (nextFree < free.length) {
          free[nextFree] = false;
          allotted[i] = lots.get(nextFree).id();
        }
      }
    }

    List<MemberAllocation> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Applicant a = applicants.get(i);
      AllocationOutcome outcome =
          !decisions[i].eligible()
              ? AllocationOutcome.INELIGIBLE
              : allotted[i] != null ? AllocationOutcome.ALLOCATED : AllocationOutcome.WAITLISTED;
      members.add(
          new MemberAllocation(a.id(), a.rank(), decisions[i], Optional.ofNullable(allotted[i]), outcome));
    }
    List<LotId> unallocated = new ArrayList<>();
    for (int l = 0; l < lots.size(); l++) {
      if (free[l]) {
        unallocated.add(lots.get(l).id());
      }
    }
    return new AllocationPlan(members, unallocated);
  }
}
