/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.allocation.AllocationId;
import org.koprogo.domain.coop.allocation.AllocationStatus;
import org.koprogo.domain.coop.allocation.DecisionRecord;
import org.koprogo.domain.coop.allocation.Rejection;
import org.koprogo.domain.coop.allocation.RejectionReason;
import org.koprogo.domain.coop.group.FundingFacts;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.ledger.EntryId;
import org.koprogo.domain.coop.ledger.IdempotencyKey;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectId;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.domain.shared.Money;

/** Aggregates of the cooperative in any state, reached through their own commands. */
public final class CoopFixtures {
  public static final GroupId GROUP = GroupId.of("g1");
  public static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");
  public static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
  public static final Actor ADMIN = Actor.of("u-admin", Role.ORG_ADMIN);
  public static final Actor MANAGER = Actor.of("u-manager", Role.COOP_MANAGER);
  public static final Actor AUDITOR = Actor.of("u-auditor", Role.AUDITOR);
  public static final MemberId M1 = MemberId.of("m1");
  public static final MemberId M2 = MemberId.of("m2");
  public static final Money THRESHOLD = eur("100000.00");
  /** Facts under which every group guard holds. */
  public static final FundingFacts ENOUGH = new FundingFacts(THRESHOLD, 3);
  /** Facts under which no group guard on facts holds. */
  public static final FundingFacts NOTHING = new FundingFacts(eur("0.00"), 0);

  private CoopFixtures() {}

  public static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  /** {@code group} with {@code member} admitted (no document required) and activated. */
  public static Group withActiveMember(Group group, MemberId member) {
    return group.admit(member, Role.COOP_MEMBER, Set.of(), MANAGER, AT).after()
        .changeMemberStatus(member, org.koprogo.domain.coop.MemberStatus.ACTIVE, MANAGER, AT).after();
  }

  public static Group newGroup() {
    return Group.form(GROUP, "Les Tilleuls", THRESHOLD, ADMIN, AT).after();
  }

  /**
   * A group with an ACTIVE member m1 and a validated plan, in {@code status}; ON_HOLD is held
   * from FORMATION, CANCELLED cancelled from it.
   */
  public static Group groupIn(GroupStatus status) {
    Group g = newGroup();
    g = withActiveMember(g, M1);
    g = g.validateContributionPlan("plan-1/v1", MANAGER, AT).after();
    switch (status) {
      case FORMATION:
        return g;
      case ON_HOLD:
        return g.moveTo(GroupStatus.ON_HOLD, ENOUGH, MANAGER, AT).after();
      case CANCELLED:
        return g.moveTo(GroupStatus.CANCELLED, ENOUGH, MANAGER, AT).after();
      default:
        break;
    }
    for (GroupStatus next :
        new GroupStatus[] {
          GroupStatus.KYC_READY, GroupStatus.FUNDING_OPEN, GroupStatus.THRESHOLD_REACHED,
          GroupStatus.FUNDING_CLOSED, GroupStatus.ALLOCATION_RUNNING, GroupStatus.COMPLETED
        }) {
      g = g.moveTo(next, ENOUGH, MANAGER, AT).after();
      if (next == status) {
        return g;
      }
    }
    throw new IllegalArgumentException(status.name());
  }

  /** A group paused in {@code from}. */
  public static Group groupHeldFrom(GroupStatus from) {
    return groupIn(from).moveTo(GroupStatus.ON_HOLD, ENOUGH, MANAGER, AT).after();
  }

  public static Project newProject() {
    return Project.start(ProjectId.of("p1"), GROUP, Money.EUR, MANAGER, AT).after();
  }

  /** A project with a budget and two lots, at {@code phase}; ON_HOLD/CANCELLED from LAND_SECURED. */
  public static Project projectAt(ProjectPhase phase) {
    Project p = newProject();
    p = p.planBudget("structure", eur("800000.00"), MANAGER, AT).after();
    p = p.addLot(LotId.of("A1"), LotType.APARTMENT, new BigDecimal("74.5"), MANAGER, AT).after();
    p = p.addLot(LotId.of("A2"), LotType.DUPLEX, new BigDecimal("102"), MANAGER, AT).after();
    if (phase == ProjectPhase.LAND_SECURED) {
      return p;
    }
    if (phase == ProjectPhase.ON_HOLD || phase == ProjectPhase.CANCELLED) {
      return p.reach(phase, MANAGER, AT).after();
    }
    for (ProjectPhase next :
        new ProjectPhase[] {
          ProjectPhase.PERMITS, ProjectPhase.CONTRACTING, ProjectPhase.BUILDING,
          ProjectPhase.DELIVERY, ProjectPhase.HANDOVER, ProjectPhase.CLOSED
        }) {
      p = p.reach(next, MANAGER, AT).after();
      if (next == phase) {
        return p;
      }
    }
    throw new IllegalArgumentException(phase.name());
  }

  public static Allocation proposed() {
    return new Allocation(
        AllocationId.of("R1/m1"), GROUP, M1, Rank.of(1), LotId.of("A1"), AllocationStatus.PROPOSED,
        java.util.Optional.empty(), java.util.Optional.empty());
  }

  public static final DecisionRecord DECISION = new DecisionRecord("CA-2026-07", TODAY);
  public static final Rejection CONTESTED = new Rejection(RejectionReason.CONTESTED, "contested by m2");

  /** An allocation in {@code status}. */
  public static Allocation allocationIn(AllocationStatus status) {
    Allocation a = proposed();
    return switch (status) {
      case PROPOSED -> a;
      case VALIDATED -> a.validate(DECISION, MANAGER, AT).after();
      case ASSIGNED -> a.validate(DECISION, MANAGER, AT).after().assign(MANAGER, AT).after();
      case CLOSED ->
          a.validate(DECISION, MANAGER, AT).after().assign(MANAGER, AT).after().close(MANAGER, AT).after();
      case REJECTED -> a.reject(CONTESTED, MANAGER, AT).after();
    };
  }

  public static Ledger emptyLedger() {
    return Ledger.empty(GROUP, Money.EUR);
  }

  public static EntryId entry(String id) {
    return EntryId.of(id);
  }

  public static IdempotencyKey key(String key) {
    return IdempotencyKey.of(key);
  }

  /** A ledger with one declaration {@code D1} of m1 for 500.00. */
  public static Ledger ledgerWithDeclaration() {
    return emptyLedger()
        .declare(entry("D1"), key("k-D1"), M1, eur("500.00"), TODAY, "bank-statement-17", Actor.member(M1), AT)
        .after();
  }
}
