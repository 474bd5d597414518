/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.coop.CoopFixtures.ADMIN;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.GROUP;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.eur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.allocation.AllocationRounds;
import org.koprogo.domain.coop.allocation.AllocationStatus;
import org.koprogo.domain.coop.allocation.DecisionRecord;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.CoopEvent;
import org.koprogo.domain.coop.event.NotificationIntent;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.group.FundingFacts;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.ledger.EntryId;
import org.koprogo.domain.coop.ledger.IdempotencyKey;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.coop.plan.CoopContributionPlan;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectId;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.domain.indexation.ContributionPlan;
import org.koprogo.domain.indexation.Indexation;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.PenaltyRate;
import org.koprogo.domain.shared.Money;

/** One cooperative from formation to allotted lots, through every aggregate. */
class CooperativeJourneyTest {
  private final List<CoopEvent> events = new ArrayList<>();

  private <T> T keep(Change<T> change) {
    events.addAll(change.events());
    return change.after();
  }

  @Test
  void formsFundsAndAllotsACooperative() {
    MemberId ana = MemberId.of("ana");
    MemberId ben = MemberId.of("ben");
    MemberId cleo = MemberId.of("cleo");
    CoopContributionPlan plan =
        new CoopContributionPlan(
            "plan-2026",
            ContributionPlan.of(LocalDate.of(2026, 2, 1), 3, 2, eur("10000.00"), Indexation.fixed()),
            List.of(LocalDate.of(2026, 6, 30)),
            LatePenaltyPolicy.simpleInterest(PenaltyRate.fromStatutes(BigDecimal.ZERO, "internal rules art. 12"), Money.EUR));

    Group group = keep(Group.form(GROUP, "Les Tilleuls", eur("50000.00"), ADMIN, AT));
    for (MemberId m : List.of(ana, ben, cleo)) {
      group = keep(group.admit(m, Role.COOP_MEMBER, Set.of(DocumentKind.IDENTITY_DOCUMENT), MANAGER, AT));
      group = keep(group.submitDocument(m, DocumentKind.IDENTITY_DOCUMENT, "id-" + m, Actor.member(m), AT));
      group = keep(group.acceptDocument(m, DocumentKind.IDENTITY_DOCUMENT, MANAGER, AT));
    }
    group = keep(group.validateContributionPlan(plan, MANAGER, AT));
    group = keep(group.moveTo(GroupStatus.KYC_READY, new FundingFacts(eur("0.00"), 0), MANAGER, AT));
    group = keep(group.moveTo(GroupStatus.FUNDING_OPEN, new FundingFacts(eur("0.00"), 0), MANAGER, AT));

    Ledger ledger = Ledger.empty(GROUP, Money.EUR);
    List<MemberId> members = List.of(ana, ben, cleo);
    ledger = keep(plan.call(1, members, ledger, MANAGER, AT));
    ledger = keep(plan.call(2, members, ledger, MANAGER, AT));
    int n = 0;
    for (MemberId m : List.of(ana, cleo)) {
      for (LocalDate d : List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1))) {
        EntryId decl = EntryId.of("D" + ++n);
        ledger = keep(ledger.declare(decl, IdempotencyKey.of("k-" + decl), m, eur("10000.00"), d, "transfer " + n, Actor.member(m), AT));
        ledger = keep(ledger.confirm(EntryId.of("C" + n), IdempotencyKey.of("k-C" + n), decl, MANAGER, AT));
      }
    }
    ledger = keep(ledger.declare(EntryId.of("D9"), IdempotencyKey.of("k-D9"), ben, eur("10000.00"), LocalDate.of(2026, 2, 1), "transfer 9", Actor.member(ben), AT));
    ledger = keep(ledger.confirm(EntryId.of("C9"), IdempotencyKey.of("k-C9"), EntryId.of("D9"), MANAGER, AT));
    group = keep(group.recordFunding(ledger.confirmedTotal(), MANAGER, AT));
    assertThat(group.status()).isEqualTo(GroupStatus.THRESHOLD_REACHED);

    Project project = keep(Project.start(ProjectId.of("tilleuls"), GROUP, Money.EUR, MANAGER, AT));
    project = keep(project.addLot(LotId.of("A1"), LotType.APARTMENT, new BigDecimal("82"), MANAGER, AT));
    project = keep(project.addLot(LotId.of("A2"), LotType.DUPLEX, new BigDecimal("104.5"), MANAGER, AT));
    group = keep(group.moveTo(GroupStatus.FUNDING_CLOSED, new FundingFacts(ledger.confirmedTotal(), 2), MANAGER, AT));
    group = keep(group.moveTo(GroupStatus.ALLOCATION_RUNNING, new FundingFacts(ledger.confirmedTotal(), 2), MANAGER, AT));

    AllocationRound round =
        AllocationRounds.at(
            plan.nextCutoff(LocalDate.of(2026, 6, 1)).orElseThrow(), group, ledger, project,
            Map.of(cleo, List.of(LotId.of("A2"), LotId.of("A1"))), Set.of());
    AllocationPlan result = FifoAllocation.withTolerance(eur("0.00")).allocate(round);

    assertThat(result.of(ben).orElseThrow().eligibility().reason()).contains(Ineligibility.IN_ARREARS);
    assertThat(result.allotments()).containsEntry(ana, LotId.of("A1")).containsEntry(cleo, LotId.of("A2"));

    List<Allocation> proposals = keep(Allocation.propose(GROUP, "2026-R1", result, MANAGER, AT));
    List<Allocation> closed = new ArrayList<>();
    for (Allocation a : proposals) {
      a = keep(a.validate(new DecisionRecord("CA-2026-07", LocalDate.of(2026, 7, 2)), MANAGER, AT));
      a = keep(a.assign(MANAGER, AT));
      closed.add(keep(a.close(MANAGER, AT)));
    }
    group = keep(group.moveTo(GroupStatus.COMPLETED, new FundingFacts(ledger.confirmedTotal(), 2), MANAGER, AT));

    assertThat(closed).extracting(Allocation::status).containsOnly(AllocationStatus.CLOSED);
    assertThat(group.status()).isEqualTo(GroupStatus.COMPLETED);
    assertThat(project.phase()).isEqualTo(ProjectPhase.LAND_SECURED);
    List<String> keys = events.stream().filter(e -> e instanceof NotificationIntent)
        .map(e -> ((NotificationIntent) e).key().toString()).toList();
    assertThat(keys).doesNotHaveDuplicates().hasSize(6 + 1 + 6);
  }
}
