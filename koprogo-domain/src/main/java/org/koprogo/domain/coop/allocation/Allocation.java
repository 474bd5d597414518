/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.AllocationPlan;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberAllocation;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.Rank;
import org.koprogo.domain.coop.event.AllocationAssigned;
import org.koprogo.domain.coop.event.AllocationProposed;
import org.koprogo.domain.coop.event.AllocationValidated;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.NotificationIntent;
import org.koprogo.domain.coop.event.Trail;

/**
 * One lot proposed to one member by the FIFO rules, on its way to the member: see {@link
 * AllocationStatus}. Immutable; only ORG_ADMIN and COOP_MANAGER act on it.
 *
 * @param decision the managers' decision, once VALIDATED
 * @param rejection why it was rejected, once REJECTED
 * @param id the allocation's id ({@code round + "/" + member})
 * @param group the group
 * @param member the member the lot is proposed to
 * @param rank the member's FIFO rank
 * @param lot the lot
 * @param status where it stands
 */
public record Allocation(
    AllocationId id, GroupId group, MemberId member, Rank rank, LotId lot, AllocationStatus status,
    Optional<DecisionRecord> decision, Optional<Rejection> rejection) {
  /**
   * Checks that every part is given.
   *
   * @param id the allocation's id ({@code round + "/" + member})
   * @param group the group
   * @param member the member the lot is proposed to
   * @param rank the member's FIFO rank
   * @param lot the lot
   * @param status where it stands
   * @param decision the managers' decision, once VALIDATED
   * @param rejection why it was rejected, once REJECTED
   */
  public Allocation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(rejection, "rejection");
  }

  /**
   * Proposes every lot a FIFO plan allotted, in rank order, with ids {@code round + "/" +
   * member}: each proposal is audited and its member notified.
   *
   * @param round the round's reference ({@code "2026-R1"})
   * @param group the group
   * @param plan the FIFO plan of the round
   * @param actor who proposes (a manager)
   * @param at when, from the Clock port
   * @return the proposals, with their audit and notification events
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_PERMITTED} unless the actor
   *     manages the cooperative
   */
  public static Change<List<Allocation>> propose(
      GroupId group, String round, AllocationPlan plan, Actor actor, Instant at) {
    return propose(group, round, plan, List.of(), actor, at);
  }

  /**
   * Proposes every lot a FIFO plan allotted, as {@link #propose(GroupId, String, AllocationPlan,
   * Actor, Instant)} does, once per round: a round is one decision of the managers, so a round
   * reference that any earlier allocation of the group already carries is refused (proposing it
   * again would look like a new round while mixing its proposals with the first one's).
   *
   * @param round the round's reference ({@code "2026-R1"})
   * @param group the group
   * @param plan the FIFO plan of the round
   * @param earlier every allocation of the group's earlier rounds
   * @param actor who proposes (a manager)
   * @param at when, from the Clock port
   * @return the proposals, with their audit and notification events
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_PERMITTED} unless the actor
   *     manages the cooperative; {@code ILLEGAL_TRANSITION} naming {@code round} when that round
   *     was already proposed
   */
  public static Change<List<Allocation>> propose(
      GroupId group, String round, AllocationPlan plan, java.util.Collection<Allocation> earlier,
      Actor actor, Instant at) {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(earlier, "earlier");
    actor.requireManager("propose allocations");
    String prefix = round + "/";
    for (Allocation a : earlier) {
      if (a.group().equals(group) && a.id().value().startsWith(prefix)) {
        throw org.koprogo.domain.shared.KoproGoException.of(
            org.koprogo.domain.shared.ErrorCode.ILLEGAL_TRANSITION,
            "round " + round + " was already proposed", "field", "round", "value", round);
      }
    }
    List<MemberAllocation> allotted = new ArrayList<>();
    for (MemberAllocation m : plan.members()) {
      if (m.lot().isPresent()) {
        allotted.add(m);
      }
    }
    allotted.sort(java.util.Comparator.comparing(MemberAllocation::rank));
    Trail trail = Trail.of(group, actor, at);
    List<Allocation> proposals = new ArrayList<>();
    for (MemberAllocation m : allotted) {
      AllocationId id = AllocationId.of(round + "/" + m.member());
      Allocation a =
          new Allocation(id, group, m.member(), m.rank(), m.lot().get(), AllocationStatus.PROPOSED, Optional.empty(), Optional.empty());
      trail.statusChanged("AllocationProposed", a.subject(), null, AllocationStatus.PROPOSED)
          .notify(new AllocationProposed(group, id.value(), m.member(), a.lot(), at));
      proposals.add(a);
    }
    return trail.change(List.copyOf(proposals));
  }

  /**
   * The managers validate the proposal; the decision names the minutes.
   *
   * @param decision the managers' decision
   * @param actor who records it (a manager)
   * @param at when, from the Clock port
   * @return the allocation after, with its audit and notification events
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_PERMITTED} unless the actor
   *     manages the cooperative, {@code ILLEGAL_TRANSITION} unless PROPOSED
   */
  public Change<Allocation> validate(DecisionRecord decision, Actor actor, Instant at) {
    Objects.requireNonNull(decision, "decision");
    return move(AllocationStatus.VALIDATED, Optional.of(decision), rejection, actor, at,
        new AllocationValidated(group, id.value(), member, lot, decision.minutesReference(), at));
  }

  /**
   * The lot is assigned to the member.
   *
   * @param actor who assigns it (a manager)
   * @param at when, from the Clock port
   * @return the allocation after, with its audit and notification events
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_PERMITTED} unless the actor
   *     manages the cooperative, {@code ILLEGAL_TRANSITION} unless VALIDATED
   */
  public Change<Allocation> assign(Actor actor, Instant at) {
    return move(AllocationStatus.ASSIGNED, decision, rejection, actor, at,
        new AllocationAssigned(group, id.value(), member, lot, at));
  }

  /**
   * The allocation is settled for good.
   *
   * @param actor who closes it (a manager)
   * @param at when, from the Clock port
   * @return the allocation after, with its audit event
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_PERMITTED} unless the actor
   *     manages the cooperative, {@code ILLEGAL_TRANSITION} unless ASSIGNED
   */
  public Change<Allocation> close(Actor actor, Instant at) {
    return move(AllocationStatus.CLOSED, decision, rejection, actor, at, null);
  }

  /**
   * The managers reject the proposal, with a reason.
   *
   * @param why the reason
   * @param actor who rejects it (a manager)
   * @param at when, from the Clock port
   * @return the allocation after, with its audit event
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_PERMITTED} unless the actor
   *     manages the cooperative, {@code ILLEGAL_TRANSITION} unless PROPOSED or VALIDATED
   */
  public Change<Allocation> reject(Rejection why, Actor actor, Instant at) {
    Objects.requireNonNull(why, "why");
    return move(AllocationStatus.REJECTED, decision, Optional.of(why), actor, at, null);
  }

  private Change<Allocation> move(
      AllocationStatus to, Optional<DecisionRecord> decision, Optional<Rejection> rejection,
      Actor actor, Instant at, NotificationIntent notice) {
    actor.requireManager("move an allocation to " + to);
    AllocationStatus.WORKFLOW.check(status, to);
    Trail trail = Trail.of(group, actor, at).statusChanged("Allocation" + pastTense(to), subject(), status, to);
    if (notice != null) {
      trail.notify(notice);
    }
    return trail.change(new Allocation(id, group, member, rank, lot, to, decision, rejection));
  }

  private static String pastTense(AllocationStatus s) {
    String n = s.name();
    return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private String subject() {
    return "allocation:" + id;
  }
}
