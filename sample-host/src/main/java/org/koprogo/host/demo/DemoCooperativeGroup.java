/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.AllocationPlan;
import org.koprogo.domain.coop.AllocationRound;
import org.koprogo.domain.coop.Due;
import org.koprogo.domain.coop.FifoAllocation;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Payment;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.group.FundingFacts;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectId;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * The demo cooperative's building group {@value #GROUP}: its five ranked members, a project at
 * PERMITS with lots A1, A2, A3 and B1, and round {@value #ROUND} proposed by the FIFO rules from
 * the demo ledger (the three members who are paid up get a lot; De Vos and Evrard, in arrears,
 * do not).
 */
final class DemoCooperativeGroup {
  /** The demo group (and its project's key in the store). */
  static final String GROUP = "cailles-habitat";
  /** The demo allocation round. */
  static final String ROUND = "2026-R1";

  private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");
  private static final Actor MANAGER = Actor.of("demo-loader", Role.COOP_MANAGER);

  private DemoCooperativeGroup() {}

  static void load(OutPorts ports) {
    OrganisationId organisation = OrganisationId.of(DemoData.CAILLES);
    AggregateStore store = ports.aggregateStore();
    List<String> members = List.of("m-amrani", "m-bertrand", "m-costa", "m-devos", "m-evrard");
    Group group = Group.form(GroupId.of(GROUP), "Habitat groupé Les Cailles",
        Money.parse("2000.00", Money.EUR), MANAGER, AT).after();
    for (String m : members) {
      group = group.admit(MemberId.of(m), Role.COOP_MEMBER, Set.of(), MANAGER, AT).after();
      group = group.changeMemberStatus(MemberId.of(m), MemberStatus.ACTIVE, MANAGER, AT).after();
    }
    group = group.validateContributionPlan("plan-cailles-2026", MANAGER, AT).after();

    Project project = Project.start(ProjectId.of("cailles-project"), GroupId.of(GROUP), Money.EUR,
        MANAGER, AT).after();
    project = project.addLot(LotId.of("A1"), LotType.APARTMENT, new BigDecimal("72.5"), MANAGER, AT).after();
    project = project.addLot(LotId.of("A2"), LotType.APARTMENT, new BigDecimal("64.0"), MANAGER, AT).after();
    project = project.addLot(LotId.of("A3"), LotType.DUPLEX, new BigDecimal("98.0"), MANAGER, AT).after();
    project = project.addLot(LotId.of("B1"), LotType.STUDIO, new BigDecimal("38.0"), MANAGER, AT).after();
    project = project.reach(ProjectPhase.PERMITS, MANAGER, AT).after();

    List<Due> dues = new java.util.ArrayList<>();
    List<Payment> payments = new java.util.ArrayList<>();
    Money confirmed = Money.zero(Money.EUR);
    for (String m : members) {
      for (LedgerEntry e : ports.ledger().entriesOf(organisation, org.koprogo.ports.out.MemberId.of(m))) {
        if (e.kind() == LedgerEntry.Kind.DUE) {
          dues.add(new Due(MemberId.of(m), e.valueDate(), e.amount()));
        } else if (e.kind() == LedgerEntry.Kind.PAYMENT_CONFIRMED) {
          payments.add(Payment.confirmed(MemberId.of(m), e.valueDate(), e.amount()));
          confirmed = confirmed.plus(e.amount());
        }
      }
    }
    FundingFacts facts = new FundingFacts(confirmed, project.lots().size());
    for (GroupStatus to : List.of(GroupStatus.KYC_READY, GroupStatus.FUNDING_OPEN,
        GroupStatus.THRESHOLD_REACHED, GroupStatus.FUNDING_CLOSED, GroupStatus.ALLOCATION_RUNNING)) {
      group = group.moveTo(to, facts, MANAGER, AT).after();
    }
    store.add(organisation, GROUP, group.snapshot());
    store.add(organisation, GROUP, project.snapshot());

    Map<MemberId, List<LotId>> preferences = Map.of(
        MemberId.of("m-amrani"), List.of(LotId.of("A3"), LotId.of("A1")),
        MemberId.of("m-bertrand"), List.of(LotId.of("A3"), LotId.of("A2")));
    AllocationRound round = new AllocationRound(LocalDate.of(2026, 3, 31), Money.EUR,
        group.applicants(preferences), project.offeredLots(List.of()), dues, List.of(), payments);
    AllocationPlan plan = FifoAllocation.withTolerance(Money.zero(Money.EUR)).allocate(round);
    for (Allocation a : Allocation.propose(GroupId.of(GROUP), ROUND, plan, MANAGER, AT).after()) {
      store.add(organisation, a.id().value(), a);
    }
  }
}
