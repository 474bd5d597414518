/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.coop;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.allocation.DecisionRecord;
import org.koprogo.domain.coop.allocation.Rejection;
import org.koprogo.domain.coop.group.Document;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectPhase;

/**
 * What the cooperative's use cases answer, in plain values a client shows: a group with the states
 * its workflow may move to next, a project with the milestones it may reach, an allocation
 * proposal and a proposed round. Amounts are plain decimals, ids and codes their text. Each is
 * built from what a use case returned ({@link Versioned}, {@link RunAllocationRounds.Round});
 * nothing is read or stored.
 */
public final class CoopViews {
  private CoopViews() {}

  /**
   * A group as stored.
   *
   * @param id its id
   * @param name its name
   * @param version the version to name in the next change
   * @param status its workflow state
   * @param heldFrom the state it was in when put ON_HOLD, or null
   * @param fundingThreshold confirmed contributions at which funding is reached
   * @param currency the threshold's currency
   * @param contributionPlan the validated contribution plan's reference, or null
   * @param members its members by rank, with their identity-check documents
   * @param nextStates the states the workflow may move it to next
   * @param documents its own documents: title to the reference of the version adopted
   */
  public record GroupSummary(String id, String name, long version, String status, @Nullable String heldFrom,
      String fundingThreshold, String currency, @Nullable String contributionPlan, List<GroupMember> members,
      List<String> nextStates, Map<String, String> documents) {}

  /**
   * A member of a group.
   *
   * @param id the member's id
   * @param rank their FIFO rank
   * @param role COOP_MEMBER or COOP_MANAGER
   * @param status where they stand (PENDING_KYC, ACTIVE...)
   * @param requiredDocuments the documents to accept before they are ACTIVE, sorted
   * @param documents their submitted documents by kind
   */
  public record GroupMember(String id, long rank, String role, String status, List<String> requiredDocuments,
      List<MemberDocument> documents) {}

  /**
   * An identity-check document's metadata and where it stands.
   *
   * @param kind its kind
   * @param reference where the file is kept
   * @param status where it stands in the check
   * @param reason why it was rejected, or null
   */
  public record MemberDocument(String kind, String reference, String status, @Nullable String reason) {}

  /**
   * A lot of a project.
   *
   * @param id its id
   * @param type its type
   * @param surface square metres, plain decimal
   * @param state where it stands in the allocation
   */
  public record ProjectLot(String id, String type, String surface, String state) {}

  /**
   * A project as stored.
   *
   * @param id its id
   * @param group its group
   * @param version the version to name in the next change
   * @param phase its milestone
   * @param heldAt the milestone it was at when put on hold, or null
   * @param lots its lots
   * @param nextPhases the milestones it may reach next
   */
  public record ProjectSummary(String id, String group, long version, String phase, @Nullable String heldAt,
      List<ProjectLot> lots, List<String> nextPhases) {}

  /**
   * A proposal of an allocation round and where it stands.
   *
   * @param id {@code round/member}
   * @param round the round's reference
   * @param member the member
   * @param rank the member's FIFO rank
   * @param lot the lot proposed
   * @param version the version to name in the next change
   * @param status where it stands (proposed, validated, rejected, assigned)
   * @param minutesReference the decision's minutes, or null
   * @param decidedOn the decision's day, or null
   * @param rejectionReason why it was rejected, or null
   * @param rejectionNote the rejection's note, or null
   */
  public record AllocationSummary(String id, String round, String member, long rank, String lot, long version,
      String status, @Nullable String minutesReference, @Nullable String decidedOn,
      @Nullable String rejectionReason, @Nullable String rejectionNote) {}

  /**
   * How the FIFO rules treated one member in a round.
   *
   * @param member the member
   * @param rank their rank
   * @param outcome the outcome's name
   * @param lot the lot proposed, or null
   */
  public record RoundMember(String member, long rank, String outcome, @Nullable String lot) {}

  /**
   * A proposed round: the proposals stored and the whole plan.
   *
   * @param round its reference
   * @param cutoff the day the ledger was read at
   * @param proposals the proposals stored
   * @param members how the rules treated each member
   * @param unallocatedLots the lots no one was proposed
   */
  public record RoundSummary(String round, LocalDate cutoff, List<AllocationSummary> proposals,
      List<RoundMember> members, List<String> unallocatedLots) {}

  /**
   * The summary of a stored group.
   *
   * @param stored the group as a use case returned it
   * @return its summary
   */
  public static GroupSummary group(Versioned<Group.Snapshot> stored) {
    Group.Snapshot g = stored.state();
    List<GroupMember> members = g.members().stream()
        .map(m -> new GroupMember(m.id().value(), m.rank().value(), m.role().name(), m.status().name(),
            m.required().stream().map(Enum::name).sorted().toList(),
            m.documents().values().stream().sorted(Comparator.comparing(Document::kind))
                .map(d -> new MemberDocument(d.kind().name(), d.reference(), d.status().name(),
                    d.reason().isEmpty() ? null : d.reason()))
                .toList()))
        .toList();
    return new GroupSummary(stored.id(), g.name(), stored.version(), g.status().name(),
        g.heldFrom().map(Enum::name).orElse(null), g.fundingThreshold().toPlainString(),
        g.fundingThreshold().currency().getCurrencyCode(), g.contributionPlan().orElse(null), members,
        GroupStatus.WORKFLOW.targets(g.status()).stream().map(Enum::name).toList(), new TreeMap<>(g.documents()));
  }

  /**
   * The summary of a stored project.
   *
   * @param stored the project as a use case returned it
   * @return its summary
   */
  public static ProjectSummary project(Versioned<Project.Snapshot> stored) {
    Project p = Project.restore(stored.state());
    return new ProjectSummary(p.id().value(), p.group().value(), stored.version(), p.phase().name(),
        p.heldAt().map(Enum::name).orElse(null),
        p.lots().stream().map(l -> new ProjectLot(l.id().value(), l.type().name(), l.surface().toPlainString(),
            l.state().name())).toList(),
        ProjectPhase.WORKFLOW.targets(p.phase()).stream().map(Enum::name).toList());
  }

  /**
   * The summary of a stored allocation proposal.
   *
   * @param stored the proposal as a use case returned it
   * @return its summary
   */
  public static AllocationSummary allocation(Versioned<Allocation> stored) {
    Allocation a = stored.state();
    String id = a.id().value();
    Optional<DecisionRecord> d = a.decision();
    return new AllocationSummary(id, id.substring(0, id.lastIndexOf('/')), a.member().value(), a.rank().value(),
        a.lot().value(), stored.version(), a.status().name(), d.map(DecisionRecord::minutesReference).orElse(null),
        d.map(r -> r.decidedOn().toString()).orElse(null), a.rejection().map(r -> r.reason().name()).orElse(null),
        a.rejection().map(Rejection::note).orElse(null));
  }

  /**
   * The summary of a proposed round.
   *
   * @param round the round's reference
   * @param cutoff the day the ledger was read at
   * @param proposed what the use case returned
   * @return its summary
   */
  public static RoundSummary round(String round, LocalDate cutoff, RunAllocationRounds.Round proposed) {
    return new RoundSummary(round, cutoff, proposed.proposals().stream().map(CoopViews::allocation).toList(),
        proposed.plan().members().stream().map(m -> new RoundMember(m.member().value(), m.rank().value(),
            m.outcome().name(), m.lot().map(LotId::value).orElse(null))).toList(),
        proposed.plan().unallocatedLots().stream().map(LotId::value).toList());
  }
}
