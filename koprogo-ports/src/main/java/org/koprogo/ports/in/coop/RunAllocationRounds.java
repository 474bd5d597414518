/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.coop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.coop.AllocationPlan;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.allocation.DecisionRecord;
import org.koprogo.domain.coop.allocation.Rejection;

/**
 * Allocation rounds of a group: the FIFO rules over the group's members, their ledger (the
 * domain's {@code Ledger}: a reversed contribution no longer counts, the others keep their value
 * dates) and the project's lots not yet taken, then each proposal validated with the decision's
 * record, or rejected, then assigned. Each change is one unit of work with its audit entries,
 * timeline lines and notices.
 *
 * <p>One lot per member by default: a member who holds a lot from an earlier round (proposed,
 * validated or assigned, and not rejected) takes no part in a later round, unless the proposal
 * says {@code secondLotAllowed}.
 *
 * <p>Refusals: {@code NOT_FOUND} (group, project, allocation), {@code CONCURRENT_UPDATE}, {@code
 * CONCURRENT_UPDATE} when the round's reference was used already, {@code ILLEGAL_TRANSITION},
 * {@code NOT_PERMITTED}, {@code INVALID_AMOUNT}, {@code VALIDATION_FAILED}.
 */
public interface RunAllocationRounds {

  /**
   * Proposes a round and stores its proposals.
   *
   * @param ref the group, the actor and the version read
   * @param proposal the round's reference, cut-off and preferences
   * @return the round's proposals and the lots left
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code CONCURRENT_UPDATE}
   *     (a stale version, or the round's reference used already), {@code NOT_PERMITTED}, {@code
   *     INVALID_AMOUNT}, {@code VALIDATION_FAILED}
   */
  Round propose(CoopRef ref, @Valid Proposal proposal);

  /**
   * Validates a proposal ({@code allocation} is {@code round/member}).
   *
   * @param ref the group, the actor and the allocation's version read
   * @param allocation the allocation's id
   * @param decision the managers' decision
   * @return the allocation after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code ILLEGAL_TRANSITION}, {@code NOT_PERMITTED}, {@code
   *     VALIDATION_FAILED}
   */
  Versioned<Allocation> validate(CoopRef ref, String allocation, DecisionRecord decision);

  /**
   * Rejects a proposal with a reason.
   *
   * @param ref the group, the actor and the allocation's version read
   * @param allocation the allocation's id
   * @param rejection the reason
   * @return the allocation after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code ILLEGAL_TRANSITION}, {@code NOT_PERMITTED}, {@code
   *     VALIDATION_FAILED}
   */
  Versioned<Allocation> reject(CoopRef ref, String allocation, Rejection rejection);

  /**
   * Assigns a validated proposal's lot to the member.
   *
   * @param ref the group, the actor and the allocation's version read
   * @param allocation the allocation's id
   * @return the allocation after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code ILLEGAL_TRANSITION}, {@code NOT_PERMITTED}, {@code
   *     VALIDATION_FAILED}
   */
  Versioned<Allocation> assign(CoopRef ref, String allocation);

  /**
   * Every proposal of every round of the group.
   *
   * @param organisation the tenant's id
   * @param group the group's id
   * @return the allocations, with their versions
   */
  List<Versioned<Allocation>> allocations(String organisation, String group);

  /**
   * A round to propose.
   *
   * @param round its reference ("2026-R1")
   * @param cutoff the day the ledger is read at
   * @param preferences each member's lots in order of preference (may be empty)
   * @param tolerance arrears tolerated, a plain decimal ("0")
   * @param secondLotAllowed true to let a member who already holds a lot take part
   */
  record Proposal(
      @NotBlank String round,
      @NotNull LocalDate cutoff,
      @NotNull Map<String, List<String>> preferences,
      @NotNull String tolerance,
      boolean secondLotAllowed) {}

  /**
   * A proposed round.
   *
   * @param proposals the proposals stored
   * @param plan the whole plan (every member's outcome, the lots left)
   */
  record Round(List<Versioned<Allocation>> proposals, AllocationPlan plan) {}
}
