/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.FrenchCoOwnershipRules;
import org.koprogo.domain.assembly.FrenchMajority;
import org.koprogo.domain.assembly.HeadCount;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.meeting.AgendaItem;
import org.koprogo.domain.assembly.meeting.AssemblyId;
import org.koprogo.domain.assembly.meeting.AssemblyRequest;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.PriceChangeDecision;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.budget.BudgetLine;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
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

/**
 * Stateful aggregates of the domain, reached through their own transitions, with the richest
 * content their snapshots can carry (proxies, capped votes, requested items, French majorities,
 * documents, a versioned plan...).
 */
final class SnapshotFixtures {
  static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  static final LocalDate CONVOKED_ON = LocalDate.of(2026, 2, 28);
  static final LocalDate MEETING_ON = LocalDate.of(2026, 3, 16);
  static final Actor ADMIN = Actor.of("u-admin", Role.ORG_ADMIN);
  static final Actor MANAGER = Actor.of("u-manager", Role.COOP_MANAGER);
  static final GroupId GROUP = GroupId.of("coop-1");
  static final MemberId ALICE = MemberId.of("alice");
  static final MemberId BOB = MemberId.of("bob");

  private SnapshotFixtures() {}

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  /** Owners A (100), B (50), C (50), D (200), E (600): E's votes are capped. */
  static List<Owner> owners() {
    return List.of(Owner.of("A", "100"), Owner.of("B", "50"), Owner.of("C", "50.5"), Owner.of("D", "199.5"),
        Owner.of("E", "600").holdingLots(2));
  }

  /**
   * A Belgian assembly required by owners, with a proxy, a capped voter, an adopted and a
   * postponed item, closed and its minutes published.
   */
  static GeneralAssembly publishedAssembly() {
    AgendaItem roof = AgendaItem.bySyndic("roof", "Roof", RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS));
    AgendaItem lift = AgendaItem.requestedBy(List.of(OwnerId.of("E")), "lift", "Lift \"é\"\n",
        RequiredMajority.overridden(DecisionType.ORDINARY_ADMINISTRATION, Majority.TWO_THIRDS, "statutes art. 9"));
    GeneralAssembly a = GeneralAssembly.draftOnOwnersRequest(AssemblyId.of("ga-2026"),
        BelgianCoOwnershipRules.countingHeadsBy(HeadCount.LOTS), owners(), HolderId.of("syndic"),
        new AssemblyRequest(List.of(OwnerId.of("E")), LocalDate.of(2026, 2, 1), List.of(lift)), AT);
    a = a.withItem(roof).withItem(AgendaItem.bySyndic("budget", "Budget", RequiredMajority.of(
        DecisionType.ORDINARY_ADMINISTRATION)));
    a = a.convene(CONVOKED_ON, MEETING_ON, AT);
    a = a.open(MEETING_ON, List.of(Attendance.present("A"), Attendance.present("D"), Attendance.proxy("C", "D"),
        Attendance.present("E")), AT);
    a = a.startVoting();
    Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
    ballots.put(OwnerId.of("A"), Ballot.FOR);
    ballots.put(OwnerId.of("C"), Ballot.ABSTAIN);
    ballots.put(OwnerId.of("D"), Ballot.AGAINST);
    ballots.put(OwnerId.of("E"), Ballot.FOR);
    a = a.vote(ResolutionId.of("roof"), ballots, Set.of(), AT);
    ballots.remove(OwnerId.of("E"));
    a = a.vote(ResolutionId.of("lift"), ballots, Set.of(OwnerId.of("E")), AT);
    return a.close(AT).publishMinutes(MEETING_ON.plusDays(31), AT);
  }

  /** A French assembly voting an article 25 resolution (a majority of another enum). */
  static GeneralAssembly frenchAssembly() {
    GeneralAssembly a = GeneralAssembly.draft(AssemblyId.of("ag-fr"), FrenchCoOwnershipRules.rules(), owners(), null)
        .withItem(AgendaItem.bySyndic("syndic", "Election du syndic", RequiredMajority.stated(FrenchMajority.ARTICLE_25)))
        .convene(CONVOKED_ON.minusDays(7), MEETING_ON, AT)
        .open(MEETING_ON, List.of(Attendance.present("A"), Attendance.present("E")), AT)
        .startVoting();
    return a.vote(ResolutionId.of("syndic"), Map.of(OwnerId.of("A"), Ballot.FOR, OwnerId.of("E"), Ballot.FOR),
        Set.of(), AT);
  }

  /** An association's assembly of members, one member in arrears, without quorum required. */
  static GeneralAssembly membersAssembly() {
    return GeneralAssembly.draft(AssemblyId.of("ag-asbl"), OneMemberOneVote.rules(),
            List.of(Owner.member("m1"), Owner.member("m2"), Owner.memberInArrears("m3")), null)
        .withItem(AgendaItem.bySyndic("price", "Price", RequiredMajority.stated(Majority.ABSOLUTE)))
        .convene(CONVOKED_ON, MEETING_ON, AT)
        .open(MEETING_ON, List.of(Attendance.present("m1"), Attendance.proxy("m2", "m1")), AT);
  }

  /** A first session without its quorum, and its second session convened. */
  static GeneralAssembly secondSession() {
    GeneralAssembly first = GeneralAssembly.draft(AssemblyId.of("ga-1"), BelgianCoOwnershipRules.standard(), owners(),
            HolderId.of("syndic"))
        .withItem(AgendaItem.bySyndic("roof", "Roof", RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS)))
        .convene(CONVOKED_ON, MEETING_ON, AT)
        .open(MEETING_ON, List.of(Attendance.present("A")), AT);
    return first.secondSession(AssemblyId.of("ga-2")).convene(MEETING_ON, MEETING_ON.plusDays(16), AT);
  }

  /** A group with funding open: members in several states, documents, a plan, a document of its own. */
  static Group group() {
    Group g = Group.form(GROUP, "Les Tilleuls", eur("100000.00"), ADMIN, AT).after();
    g = g.admit(ALICE, Role.COOP_MEMBER, Set.of(), MANAGER, AT).after();
    g = g.changeMemberStatus(ALICE, MemberStatus.ACTIVE, MANAGER, AT).after();
    g = g.admit(BOB, Role.COOP_MEMBER, Set.of(DocumentKind.IDENTITY_DOCUMENT, DocumentKind.BANK_DETAILS), MANAGER, AT)
        .after();
    g = g.submitDocument(BOB, DocumentKind.IDENTITY_DOCUMENT, "scan-1", Actor.member(BOB), AT).after();
    g = g.rejectDocument(BOB, DocumentKind.IDENTITY_DOCUMENT, "blurred", MANAGER, AT).after();
    g = g.adoptDocument("internal rules", "rules-v2.pdf", MANAGER, AT).after();
    g = g.validateContributionPlan("plan-2026/v2", MANAGER, AT).after();
    FundingFacts facts = new FundingFacts(eur("0.00"), 0);
    g = g.moveTo(GroupStatus.KYC_READY, facts, MANAGER, AT).after();
    g = g.moveTo(GroupStatus.FUNDING_OPEN, facts, MANAGER, AT).after();
    return g.moveTo(GroupStatus.ON_HOLD, facts, MANAGER, AT).after();
  }

  /** A project being built, with lots and an overrun budget line. */
  static Project project() {
    Project p = Project.start(ProjectId.of("p1"), GROUP, Money.EUR, MANAGER, AT).after();
    p = p.addLot(LotId.of("A1"), LotType.APARTMENT, new BigDecimal("74.50"), MANAGER, AT).after();
    p = p.addLot(LotId.of("A2"), LotType.DUPLEX, new BigDecimal("102"), MANAGER, AT).after();
    p = p.planBudget("structure", eur("800000.00"), MANAGER, AT).after();
    p = p.commit("structure", eur("810000.00"), MANAGER, AT).after();
    for (ProjectPhase next : List.of(ProjectPhase.PERMITS, ProjectPhase.CONTRACTING, ProjectPhase.BUILDING)) {
      p = p.reach(next, MANAGER, AT).after();
    }
    return p;
  }

  /** A ledger with a due, a penalty, and contributions confirmed, rejected and reversed. */
  static Ledger ledger() {
    LocalDate day = LocalDate.of(2026, 5, 1);
    Ledger l = Ledger.empty(GROUP, Money.EUR);
    l = l.callFunds(EntryId.of("D1"), IdempotencyKey.of("k-d1"), ALICE, "plan-2026/1", day, eur("500.00"), MANAGER, AT)
        .after();
    l = l.applyPenalty(EntryId.of("P1"), IdempotencyKey.of("k-p1"), ALICE, day, eur("3.65"), "late", MANAGER, AT)
        .after();
    l = l.declare(EntryId.of("C1"), IdempotencyKey.of("k-c1"), ALICE, eur("500.00"), day, "transfer", MANAGER, AT)
        .after();
    l = l.declare(EntryId.of("C2"), IdempotencyKey.of("k-c2"), BOB, eur("20.00"), day, "cash", MANAGER, AT).after();
    l = l.confirm(EntryId.of("F1"), IdempotencyKey.of("k-f1"), EntryId.of("C1"), MANAGER, AT).after();
    l = l.reverse(EntryId.of("V1"), IdempotencyKey.of("k-v1"), EntryId.of("C1"), "bounced", MANAGER, AT).after();
    return l.reject(EntryId.of("R2"), IdempotencyKey.of("k-r2"), EntryId.of("C2"), "no proof", MANAGER, AT).after();
  }

  static MonthlyPrice monthlyPrice() {
    return MonthlyPrice.initial(eur("5.00"), LocalDate.of(2025, 1, 1), ResolutionReference.of("AG-2024-03"))
        .change(PriceChangeDecision.adopted("AG-2026-07", eur("4.00"), LocalDate.of(2026, 7, 1)), AT).price();
  }

  static CallsForFunds callsForFunds() {
    Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
    weights.put(LotId.of("A1"), new BigDecimal("600"));
    weights.put(LotId.of("A2"), new BigDecimal("400"));
    YearlyBudget budget = new YearlyBudget(LocalDate.parse("2026-01-01"), Money.EUR, List.of(
        new BudgetLine("Cleaning", Fund.values()[0], eur("1200.01"),
            List.of(new KeyShare(new BigDecimal("100"), new DistributionKey("general", weights))))));
    return CallsForFunds.plan(budget, List.of(LotId.of("A1"), LotId.of("A2")), CallFrequency.QUARTERLY);
  }

  /** A cooperative's contribution plan in its second version. */
  static CoopContributionPlan contributionPlan() {
    ContributionPlan schedule = ContributionPlan.of(LocalDate.of(2026, 1, 1), 3, 8, eur("5000.00"),
            Indexation.compound(new BigDecimal("2")))
        .withVersion(LocalDate.of(2026, 7, 1), eur("5200.00"), Indexation.indexLinked(
            List.of(new BigDecimal("100"), new BigDecimal("101.35"))), "AG-2026-06");
    return new CoopContributionPlan("plan-2026", schedule, List.of(LocalDate.of(2026, 12, 31)),
        LatePenaltyPolicy.simpleInterest(PenaltyRate.fromStatutes(new BigDecimal("7.3"), "internal rules art. 12"),
            Money.EUR));
  }

  static Membership membership() {
    return Membership.maintainer("m-7");
  }
}
