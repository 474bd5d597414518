/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.AllocationPlan;
import org.koprogo.domain.coop.AllocationRound;
import org.koprogo.domain.coop.Applicant;
import org.koprogo.domain.coop.FifoAllocation;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.allocation.DecisionRecord;
import org.koprogo.domain.coop.allocation.OneLotPerMember;
import org.koprogo.domain.coop.allocation.Rejection;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.in.coop.Versioned;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.OrganisationId;

/**
 * {@link RunAllocationRounds}: the group, its project, its earlier allocations (by the group's
 * index term) and its applicants' ledger sums at the cut-off (the running summary less the entries
 * valued after it, never the whole history) are read, and the proposals stored with their
 * events, in one unit of work.
 */
final class AllocationRoundWorkflow implements RunAllocationRounds {
  private final CoopWork work;

  AllocationRoundWorkflow(CoopWork work) {
    this.work = work;
  }

  @Override
  public Round propose(CoopRef ref, Proposal proposal) {
    OrganisationId organisation = work.organisation(ref);
    work.validation.check(proposal);
    return work.inTransaction(() -> {
      Group group = Group.restore(work.records.group(organisation, ref.group()).aggregate());
      Project project = Project.restore(work.records.project(organisation, ref.group()).aggregate());
      Currency currency = group.fundingThreshold().currency();
      Map<MemberId, List<LotId>> preferences = new LinkedHashMap<>();
      proposal.preferences().forEach((m, lots) -> preferences.put(MemberId.of(m),
          lots == null ? List.of() : lots.stream().map(LotId::of).toList()));
      List<Allocation> earlier = work.records.allocations(organisation, ref.group()).stream()
          .map(Stored::aggregate).toList();
      Set<MemberId> housed = proposal.secondLotAllowed() ? Set.of() : OneLotPerMember.housed(earlier);
      List<Applicant> applicants = OneLotPerMember.applicants(group.applicants(preferences), housed);
      // the applicants' sums at the cut-off, not the group's whole ledger: the same standings
      AllocationRound round = AllocationRound.ofSums(proposal.cutoff(), currency, applicants,
          project.offeredLots(CoopRecords.taken(earlier)),
          work.records.sumsAt(organisation, applicants.stream().map(Applicant::id).toList(), currency,
              required(proposal.cutoff())));
      Money tolerance = Money.parse(proposal.tolerance(), currency, "tolerance");
      AllocationPlan plan = FifoAllocation.withTolerance(tolerance).allocate(round);
      Change<List<Allocation>> proposed = Allocation.propose(GroupId.of(ref.group()), proposal.round(), plan, earlier,
          ref.actor(), work.ports.clock().now());
      List<Versioned<Allocation>> stored = new ArrayList<>();
      for (Allocation a : proposed.after()) {
        stored.add(CoopRecords.versioned(work.records.store().add(organisation, a.id().value(), a)));
      }
      work.events.record(organisation, proposed.events());
      return new Round(stored, plan);
    });
  }

  @Override
  public Versioned<Allocation> validate(CoopRef ref, String allocation, DecisionRecord decision) {
    CoopGroupWorkflow.required(decision, "decision");
    return change(ref, allocation, a -> a.validate(decision, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Allocation> reject(CoopRef ref, String allocation, Rejection rejection) {
    CoopGroupWorkflow.required(rejection, "reason");
    return change(ref, allocation, a -> a.reject(rejection, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Allocation> assign(CoopRef ref, String allocation) {
    return change(ref, allocation, a -> a.assign(ref.actor(), work.ports.clock().now()));
  }

  @Override
  public List<Versioned<Allocation>> allocations(String organisation, String group) {
    return work.records.allocations(OrganisationId.of(organisation), group).stream()
        .map(CoopRecords::versioned).toList();
  }

  @Override
  public List<Versioned<Allocation>> allocations(String organisation, String group, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "an allocation id", id -> id);
    return work.records.allocations(OrganisationId.of(organisation), group, from, n).stream()
        .map(CoopRecords::versioned).toList();
  }

  private static java.time.LocalDate required(java.time.LocalDate cutoff) {
    return CoopGroupWorkflow.required(cutoff, "cutoff");
  }

  private Versioned<Allocation> change(CoopRef ref, String allocation, Function<Allocation, Change<Allocation>> command) {
    return work.change(ref, o -> work.records.allocation(o, ref.group(), allocation),
        Function.identity(), command, Function.identity());
  }
}
