/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.ENOUGH;
import static org.koprogo.domain.coop.CoopFixtures.M1;
import static org.koprogo.domain.coop.CoopFixtures.M2;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.TODAY;
import static org.koprogo.domain.coop.CoopFixtures.eur;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.group.Member;
import org.koprogo.domain.coop.ledger.EntryId;
import org.koprogo.domain.coop.ledger.EntryKind;
import org.koprogo.domain.coop.ledger.IdempotencyKey;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.coop.ledger.LedgerEntry;
import org.koprogo.domain.coop.project.LotState;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectLot;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/** The cooperative's aggregates rebuilt from their snapshots: the same state, the same refusals. */
class CoopSnapshotTest {

  static Group groupWithDocuments() {
    Group g = CoopFixtures.groupIn(GroupStatus.FUNDING_OPEN);
    g = g.admit(M2, Role.COOP_MEMBER, Set.of(DocumentKind.IDENTITY_DOCUMENT, DocumentKind.BANK_DETAILS), MANAGER, AT)
        .after();
    g = g.submitDocument(M2, DocumentKind.IDENTITY_DOCUMENT, "id-scan", Actor.member(M2), AT).after();
    g = g.acceptDocument(M2, DocumentKind.IDENTITY_DOCUMENT, MANAGER, AT).after();
    return g.adoptDocument("internal rules", "rules-v2.pdf", MANAGER, AT).after();
  }

  static Ledger ledger() {
    Ledger l = Ledger.empty(CoopFixtures.GROUP, Money.EUR);
    l = l.callFunds(EntryId.of("D1"), IdempotencyKey.of("k-d1"), M1, "2026-05", TODAY, eur("500.00"), MANAGER, AT).after();
    l = l.declare(EntryId.of("C1"), IdempotencyKey.of("k-c1"), M1, eur("500.00"), TODAY, "transfer", MANAGER, AT).after();
    return l.confirm(EntryId.of("F1"), IdempotencyKey.of("k-f1"), EntryId.of("C1"), MANAGER, AT).after();
  }

  @Test
  void aGroupInEveryStateComesBackAsItWas() {
    List<Group> groups = new ArrayList<>();
    for (GroupStatus s : GroupStatus.values()) {
      groups.add(CoopFixtures.groupIn(s));
    }
    groups.add(CoopFixtures.groupHeldFrom(GroupStatus.FUNDING_CLOSED));
    groups.add(groupWithDocuments());

    for (Group g : groups) {
      Group restored = Group.restore(g.snapshot());

      assertThat(restored.snapshot()).isEqualTo(g.snapshot());
      assertThat(restored.members()).isEqualTo(g.members());
      assertThat(restored.nextRank()).isEqualTo(g.nextRank());
    }
  }

  @Test
  void aRestoredGroupTakesTheSameNextTransitions() {
    Group held = CoopFixtures.groupHeldFrom(GroupStatus.FUNDING_OPEN);

    Group restored = Group.restore(held.snapshot());

    assertThat(restored.moveTo(GroupStatus.FUNDING_OPEN, ENOUGH, MANAGER, AT).events())
        .isEqualTo(held.moveTo(GroupStatus.FUNDING_OPEN, ENOUGH, MANAGER, AT).events());
    assertThat(restored.moveTo(GroupStatus.FUNDING_OPEN, ENOUGH, MANAGER, AT).after().snapshot())
        .isEqualTo(held.moveTo(GroupStatus.FUNDING_OPEN, ENOUGH, MANAGER, AT).after().snapshot());
    assertThatThrownBy(() -> restored.moveTo(GroupStatus.KYC_READY, ENOUGH, MANAGER, AT))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION));
    assertThat(restored.admit(MemberId.of("m9"), Role.COOP_MEMBER, Set.of(), MANAGER, AT).after().member(MemberId.of("m9")))
        .map(Member::rank).contains(held.nextRank());
  }

  @Test
  void refusesAGroupNoCommandCouldHaveMade() {
    Group.Snapshot s = groupWithDocuments().snapshot();
    List<Member> twice = new ArrayList<>(s.members());
    twice.add(s.members().get(0));
    Member m = s.members().get(0);
    List<Member> sameRank = List.of(m, new Member(MemberId.of("x"), m.rank(), m.role(), m.status(), Set.of(), Map.of()));

    assertRefused(() -> Group.restore(new Group.Snapshot(s.id(), s.name(), s.status(), Optional.of(GroupStatus.KYC_READY),
        s.fundingThreshold(), s.contributionPlan(), s.members(), s.lastRank(), s.documents())), ErrorCode.INVALID_FIELD);
    assertRefused(() -> Group.restore(new Group.Snapshot(s.id(), s.name(), s.status(), s.heldFrom(),
        s.fundingThreshold(), Optional.empty(), s.members(), s.lastRank(), s.documents())), ErrorCode.INVALID_FIELD);
    assertRefused(() -> Group.restore(new Group.Snapshot(s.id(), s.name(), s.status(), s.heldFrom(),
        eur("0.00"), s.contributionPlan(), s.members(), s.lastRank(), s.documents())), ErrorCode.INVALID_FIELD);
    assertRefused(() -> Group.restore(new Group.Snapshot(s.id(), s.name(), s.status(), s.heldFrom(),
        s.fundingThreshold(), s.contributionPlan(), s.members(), 1, s.documents())), ErrorCode.INVALID_FIELD);
    assertRefused(() -> Group.restore(new Group.Snapshot(s.id(), s.name(), s.status(), s.heldFrom(),
        s.fundingThreshold(), s.contributionPlan(), twice, s.lastRank(), s.documents())), ErrorCode.DUPLICATE_MEMBER);
    assertRefused(() -> Group.restore(new Group.Snapshot(s.id(), s.name(), s.status(), s.heldFrom(),
        s.fundingThreshold(), s.contributionPlan(), sameRank, s.lastRank(), s.documents())), ErrorCode.DUPLICATE_RANK);
  }

  @Test
  void aProjectAtEveryMilestoneComesBackAsItWas() {
    for (ProjectPhase phase : ProjectPhase.values()) {
      Project p = CoopFixtures.projectAt(phase);

      Project restored = Project.restore(p.snapshot());

      assertThat(restored.snapshot()).isEqualTo(p.snapshot());
      assertThat(restored.plannedTotal()).isEqualTo(p.plannedTotal());
    }
  }

  @Test
  void aRestoredProjectTakesTheSameNextTransitions() {
    Project building = CoopFixtures.projectAt(ProjectPhase.BUILDING);

    Project restored = Project.restore(building.snapshot());

    assertThat(restored.reach(ProjectPhase.DELIVERY, MANAGER, AT).after().snapshot())
        .isEqualTo(building.reach(ProjectPhase.DELIVERY, MANAGER, AT).after().snapshot());
    assertThat(restored.reach(ProjectPhase.DELIVERY, MANAGER, AT).events())
        .isEqualTo(building.reach(ProjectPhase.DELIVERY, MANAGER, AT).events());
    assertRefused(() -> restored.addLot(LotId.of("A1"), LotType.APARTMENT, BigDecimal.TEN, MANAGER, AT),
        ErrorCode.DUPLICATE_LOT);
  }

  @Test
  void refusesAProjectNoCommandCouldHaveMade() {
    Project.Snapshot s = CoopFixtures.projectAt(ProjectPhase.BUILDING).snapshot();
    ProjectLot planned = new ProjectLot(LotId.of("A1"), LotType.APARTMENT, BigDecimal.ONE, LotState.PLANNED);

    assertRefused(() -> Project.restore(new Project.Snapshot(s.id(), s.group(), s.currency(), s.phase(),
        Optional.of(ProjectPhase.PERMITS), s.lots(), s.budget())), ErrorCode.INVALID_FIELD);
    assertRefused(() -> Project.restore(new Project.Snapshot(s.id(), s.group(), s.currency(), s.phase(),
        s.heldAt(), List.of(planned), s.budget())), ErrorCode.INVALID_FIELD);
    assertRefused(() -> Project.restore(new Project.Snapshot(s.id(), s.group(), s.currency(), s.phase(),
        s.heldAt(), List.of(s.lots().get(0), s.lots().get(0)), s.budget())), ErrorCode.DUPLICATE_LOT);
    assertRefused(() -> Project.restore(new Project.Snapshot(s.id(), s.group(), java.util.Currency.getInstance("CHF"),
        s.phase(), s.heldAt(), s.lots(), s.budget())), ErrorCode.CURRENCY_MISMATCH);
    assertRefused(() -> Project.restore(new Project.Snapshot(s.id(), s.group(), s.currency(), ProjectPhase.DELIVERY,
        s.heldAt(), List.of(), s.budget())), ErrorCode.INVALID_FIELD);
  }

  @Test
  void aLedgerComesBackWithItsStatusesAndBalances() {
    Ledger l = ledger();

    Ledger restored = Ledger.restore(l.snapshot());

    assertThat(restored).isEqualTo(l);
    assertThat(restored.snapshot()).isEqualTo(l.snapshot());
    assertThat(restored.balance(M1)).isEqualTo(l.balance(M1));
    assertThat(restored.payments()).isEqualTo(l.payments());
    assertThat(restored.confirm(EntryId.of("F1"), IdempotencyKey.of("k-f1"), EntryId.of("C1"), MANAGER, AT)
        .isUnchanged()).isTrue();
    assertRefused(() -> restored.reject(EntryId.of("R1"), IdempotencyKey.of("k-r1"), EntryId.of("C1"), "late",
        MANAGER, AT), ErrorCode.ILLEGAL_TRANSITION);
  }

  @Test
  void refusesALedgerNoCommandCouldHaveMade() {
    Ledger.Snapshot s = ledger().snapshot();
    LedgerEntry declared = s.entries().get(1);
    LedgerEntry confirmed = s.entries().get(2);
    LedgerEntry rejectedToo = new LedgerEntry(EntryId.of("R1"), IdempotencyKey.of("k-r1"),
        EntryKind.CONTRIBUTION_REJECTED, M1, declared.amount(), TODAY, Optional.of(declared.id()), "late", "u", AT);
    LedgerEntry otherMember = new LedgerEntry(EntryId.of("F2"), IdempotencyKey.of("k-f2"),
        EntryKind.CONTRIBUTION_CONFIRMED, M2, declared.amount(), TODAY, Optional.of(declared.id()), "", "u", AT);

    assertRefused(() -> Ledger.restore(new Ledger.Snapshot(s.group(), s.currency(),
        List.of(s.entries().get(0), confirmed))), ErrorCode.UNKNOWN_ENTRY);
    assertRefused(() -> Ledger.restore(new Ledger.Snapshot(s.group(), s.currency(),
        List.of(declared, confirmed, rejectedToo))), ErrorCode.ILLEGAL_TRANSITION);
    assertRefused(() -> Ledger.restore(new Ledger.Snapshot(s.group(), s.currency(),
        List.of(declared, declared))), ErrorCode.IDEMPOTENCY_CONFLICT);
    assertRefused(() -> Ledger.restore(new Ledger.Snapshot(s.group(), java.util.Currency.getInstance("CHF"),
        s.entries())), ErrorCode.CURRENCY_MISMATCH);
    assertRefused(() -> Ledger.restore(new Ledger.Snapshot(s.group(), s.currency(),
        List.of(declared, otherMember))), ErrorCode.INVALID_FIELD);
  }

  static void assertRefused(Runnable restore, ErrorCode code) {
    assertThatThrownBy(restore::run)
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
