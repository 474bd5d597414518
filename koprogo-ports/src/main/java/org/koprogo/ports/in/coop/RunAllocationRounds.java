/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.coop;

import jakarta.annotation.Nullable;
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
import org.koprogo.domain.coop.allocation.RejectionReason;
import org.koprogo.ports.in.fields.ClientFields;

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
   * Every proposal of every round of the group, by id, the whole list, for batch work; a host
   * answering requests reads {@link #allocations(String, String, Integer, String) a page}.
   *
   * @param organisation the tenant's id
   * @param group the group's id
   * @return the allocations, with their versions
   */
  List<Versioned<Allocation>> allocations(String organisation, String group);

  /**
   * A page of the proposals of the group's rounds by id ({@code round/member}): at most {@code
   * limit} after the allocation {@code after} (the last of the previous page; it need not still be
   * stored). The cost follows the page, not the group's history.
   *
   * @param organisation the tenant's id
   * @param group the group's id
   * @param limit 1 to 1000; null for 100
   * @param after the id of the last allocation of the previous page, null for the first page
   * @return the allocations, with their versions
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown group,
   *     {@code INVALID_FIELD} naming {@code limit} (out of bounds) or {@code after} (blank or
   *     longer than 100 characters)
   */
  List<Versioned<Allocation>> allocations(String organisation, String group, Integer limit, String after);

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

  // --- the commands as a client sends them: text read here, refused with codes naming the field ---

  /**
   * An allocation round to propose, as a client sends it.
   *
   * @param round its reference ("2026-R1")
   * @param cutoff the day the ledger is read at
   * @param preferences each member's lots in order of preference
   * @param tolerance arrears tolerated (plain decimal, 0 when absent)
   * @param secondLotAllowed true to let a member who already holds a lot from an earlier round
   *     take part (by default a member is housed once: see docs/cooperative.md)
   */
  record NewRound(String round, LocalDate cutoff, @Nullable Map<String, List<String>> preferences,
      @Nullable String tolerance, @Nullable Boolean secondLotAllowed) {}

  /**
   * Proposes the round a client sends.
   *
   * @param ref the group, the actor and the version read
   * @param round the round's reference, cut-off, preferences and options
   * @return the round's proposals and the lots left (no preferences, no tolerance and one lot per
   *     member when the round leaves them out)
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} naming {@code round}
   *     or {@code cutoff}, and as {@link #propose(CoopRef, Proposal)}
   */
  default Round propose(CoopRef ref, NewRound round) {
    return propose(ref, new Proposal(ClientFields.required(round.round(), "round"),
        ClientFields.required(round.cutoff(), "cutoff"), round.preferences() == null ? Map.of() : round.preferences(),
        round.tolerance() == null ? "0" : round.tolerance(), Boolean.TRUE.equals(round.secondLotAllowed())));
  }

  /**
   * The managers' decision on a proposal, as a client sends it: the minutes' reference and the day.
   *
   * @param minutesReference the minutes that record the decision
   * @param decidedOn the day it was decided
   * @param version the allocation's version read, or null
   */
  record Validation(String minutesReference, LocalDate decidedOn, @Nullable Long version) {}

  /**
   * Validates the proposal of {@code member} in {@code round} with the decision a client sends.
   *
   * @param ref the group and the actor (its version is the validation's)
   * @param round the round's reference
   * @param member the member's id
   * @param validation the decision's minutes and day
   * @return the allocation after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} naming {@code
   *     minutesReference} or {@code decidedOn}, and as {@link #validate(CoopRef, String,
   *     DecisionRecord)}
   */
  default Versioned<Allocation> validate(CoopRef ref, String round, String member, Validation validation) {
    DecisionRecord decision = new DecisionRecord(
        ClientFields.required(validation.minutesReference(), "minutesReference"),
        ClientFields.required(validation.decidedOn(), "decidedOn"));
    return validate(ref.at(validation.version()), allocation(round, member), decision);
  }

  /**
   * Rejects the proposal of {@code member} in {@code round} for the reason named by its text.
   *
   * @param ref the group, the actor and the allocation's version read
   * @param round the round's reference
   * @param member the member's id
   * @param reason MEMBER_NOT_ELIGIBLE, CONTESTED...
   * @param note a note, or null for none
   * @return the allocation after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming {@code reason}, and as {@link #reject(CoopRef, String, Rejection)}
   */
  default Versioned<Allocation> reject(CoopRef ref, String round, String member, String reason,
      @Nullable String note) {
    Rejection why = new Rejection(ClientFields.parse(RejectionReason.class, reason, "reason"), note == null ? "" : note);
    return reject(ref, allocation(round, member), why);
  }

  /**
   * Assigns the validated proposal of {@code member} in {@code round}.
   *
   * @param ref the group, the actor and the allocation's version read
   * @param round the round's reference
   * @param member the member's id
   * @return the allocation after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #assign(CoopRef, String)}
   */
  default Versioned<Allocation> assign(CoopRef ref, String round, String member) {
    return assign(ref, allocation(round, member));
  }

  /**
   * The id of a member's proposal in a round: {@code round/member}.
   *
   * @param round the round's reference
   * @param member the member's id
   * @return the allocation's id
   */
  static String allocation(String round, String member) {
    return round + "/" + member;
  }

  /**
   * Why a proposal is rejected, as a client sends it.
   *
   * @param reason MEMBER_NOT_ELIGIBLE, CONTESTED...
   * @param note a note, or null for none
   * @param version the allocation's version read, or null
   */
  record RejectionRequest(String reason, @Nullable String note, @Nullable Long version) {}

  /**
   * Rejects the proposal of {@code member} in {@code round} for the reason a client sends.
   *
   * @param ref the group and the actor (its version is the rejection's)
   * @param round the round's reference
   * @param member the member's id
   * @param rejection the reason, the note and the version read
   * @return the allocation after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming {@code reason}, and as {@link #reject(CoopRef, String, Rejection)}
   */
  default Versioned<Allocation> reject(CoopRef ref, String round, String member, RejectionRequest rejection) {
    return reject(ref.at(rejection.version()), round, member, rejection.reason(), rejection.note());
  }

  /**
   * A validated proposal to assign, as a client sends it: the version it read.
   *
   * @param version the allocation's version read, or null
   */
  record Assignment(@Nullable Long version) {}

  /**
   * Assigns the validated proposal of {@code member} in {@code round}, at the version a client read.
   *
   * @param ref the group and the actor (its version is the assignment's)
   * @param round the round's reference
   * @param member the member's id
   * @param assignment the version read
   * @return the allocation after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #assign(CoopRef, String)}
   */
  default Versioned<Allocation> assign(CoopRef ref, String round, String member, Assignment assignment) {
    return assign(ref.at(assignment.version()), round, member);
  }
}
