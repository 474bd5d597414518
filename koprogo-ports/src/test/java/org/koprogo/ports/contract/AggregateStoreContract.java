/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.T0;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.Building;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.Holding;
import org.koprogo.domain.building.Lot;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.LotOwnership;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.budget.BudgetLine;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.notices.Notice;
import org.koprogo.domain.community.notices.NoticeKind;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Rank;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.allocation.AllocationId;
import org.koprogo.domain.coop.allocation.AllocationStatus;
import org.koprogo.domain.coop.allocation.DecisionRecord;
import org.koprogo.domain.coop.group.Document;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.group.DocumentStatus;
import org.koprogo.domain.coop.group.Member;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.AggregateStore;

/**
 * The {@link AggregateStore} contract, on real aggregates of the domain: every one comes back
 * equal, scoped by organisation and type, with optimistic locking.
 */
public abstract class AggregateStoreContract extends ContractBase {

  static Building building() {
    return new Building(
        BuildingId.of("B1"), "Les Tilleuls", new BigDecimal("1000"),
        List.of(Lot.of("A1", "600"), Lot.of("A2", "400")),
        List.of(
            LotOwnership.sole(LotId.of("A1"), OwnerId.of("O1")),
            new LotOwnership(LotId.of("A2"), List.of(
                Holding.undivided(OwnerId.of("O1"), Fraction.of(1, 3)),
                Holding.undivided(OwnerId.of("O2"), Fraction.of(2, 3))))));
  }

  static Allocation allocation(AllocationStatus status) {
    return new Allocation(
        AllocationId.of("AL-1"), GroupId.of("coop-1"), MemberId.of("alice"), Rank.of(3), LotId.of("L7"), status,
        Optional.of(new DecisionRecord("minutes-2026-05", LocalDate.parse("2026-05-20"))), Optional.empty());
  }

  static YearlyBudget budget() {
    Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
    weights.put(LotId.of("A1"), new BigDecimal("1.5"));
    weights.put(LotId.of("A2"), new BigDecimal("0.25"));
    return new YearlyBudget(
        LocalDate.parse("2026-01-01"), Money.EUR,
        List.of(new BudgetLine("Elevator", Fund.values()[0], Money.ofMinor(Money.EUR, 123_456),
            List.of(new KeyShare(new BigDecimal("70"), new DistributionKey("elevator", weights))))));
  }

  static Member member() {
    return new Member(
        MemberId.of("alice"), Rank.of(1), Role.COOP_MEMBER, MemberStatus.PENDING_KYC,
        Set.of(DocumentKind.IDENTITY_DOCUMENT, DocumentKind.PROOF_OF_ADDRESS),
        Map.of(DocumentKind.IDENTITY_DOCUMENT,
            new Document(DocumentKind.IDENTITY_DOCUMENT, "scan-1 \"é\"\n", DocumentStatus.SUBMITTED, "")));
  }

  static Notice notice() {
    return new Notice(
        "N1", NeighbourId.of("n-1"), NoticeKind.EVENT, "Garden party", "Saturday, 3 pm", T0,
        T0.plus(Duration.ofDays(7)), null, null);
  }

  @Test
  void findsGroupsByAMemberAndAllocationsByTheirGroupFollowingEachChange() {
    AggregateStore store = ports.aggregateStore();
    org.koprogo.domain.coop.group.Group.Snapshot withAlice = org.koprogo.domain.coop.group.Group
        .form(GroupId.of("g-a"), "A", Money.ofMinor(Money.EUR, 100), SnapshotFixtures.ADMIN, SnapshotFixtures.AT).after()
        .admit(MemberId.of("alice"), Role.COOP_MEMBER, Set.of(), SnapshotFixtures.MANAGER, SnapshotFixtures.AT).after()
        .snapshot();
    org.koprogo.domain.coop.group.Group.Snapshot empty = org.koprogo.domain.coop.group.Group
        .form(GroupId.of("g-b"), "B", Money.ofMinor(Money.EUR, 100), SnapshotFixtures.ADMIN, SnapshotFixtures.AT).after()
        .snapshot();
    store.add(ACME, "g-a", withAlice);
    AggregateStore.Stored<org.koprogo.domain.coop.group.Group.Snapshot> b = store.add(ACME, "g-b", empty);
    store.add(OTHER, "g-a", withAlice);
    store.add(ACME, "AL-1", allocation(AllocationStatus.PROPOSED));

    assertThat(store.allWithTerm(ACME, org.koprogo.domain.coop.group.Group.Snapshot.class, "alice"))
        .extracting(AggregateStore.Stored::id).containsExactly("g-a");
    assertThat(store.allWithTerm(ACME, org.koprogo.domain.coop.group.Group.Snapshot.class, "bob")).isEmpty();

    AggregateStore.Stored<org.koprogo.domain.coop.group.Group.Snapshot> bWithBoth = store.update(b.with(
        org.koprogo.domain.coop.group.Group.restore(empty)
            .admit(MemberId.of("alice"), Role.COOP_MEMBER, Set.of(), SnapshotFixtures.MANAGER, SnapshotFixtures.AT).after()
            .admit(MemberId.of("bob"), Role.COOP_MEMBER, Set.of(), SnapshotFixtures.MANAGER, SnapshotFixtures.AT).after()
            .snapshot()));

    assertThat(store.allWithTerm(ACME, org.koprogo.domain.coop.group.Group.Snapshot.class, "alice"))
        .extracting(AggregateStore.Stored::id).containsExactly("g-a", "g-b");
    assertThat(store.allWithTerm(ACME, org.koprogo.domain.coop.group.Group.Snapshot.class, "bob"))
        .singleElement().isEqualTo(bWithBoth);
    store.update(bWithBoth.with(empty));
    assertThat(store.allWithTerm(ACME, org.koprogo.domain.coop.group.Group.Snapshot.class, "bob")).isEmpty();
    assertThat(store.allWithTerm(ACME, Allocation.class, "coop-1")).extracting(AggregateStore.Stored::id)
        .containsExactly("AL-1");
    assertThat(store.allWithTerm(ACME, Allocation.class, "coop-2")).isEmpty();
    assertThat(store.allWithTerm(OTHER, Allocation.class, "coop-1")).isEmpty();
  }

  @Test
  void pagesTheAllocationsOfAGroupByIdAlongTheirTerm() {
    AggregateStore store = ports.aggregateStore();
    Allocation template = allocation(AllocationStatus.PROPOSED);
    for (String id : List.of("r1/c", "r2/a", "r1/a", "r1/b", "r2/b")) {
      store.add(ACME, id, new Allocation(AllocationId.of(id), template.group(), template.member(), template.rank(),
          template.lot(), template.status(), template.decision(), template.rejection()));
    }
    store.add(ACME, "r1/x", new Allocation(AllocationId.of("r1/x"), GroupId.of("coop-2"), template.member(),
        template.rank(), template.lot(), template.status(), template.decision(), template.rejection()));
    store.add(OTHER, "r0/a", template);
    List<String> whole = store.allWithTerm(ACME, Allocation.class, "coop-1").stream()
        .map(AggregateStore.Stored::id).toList();

    for (int limit = 1; limit <= 6; limit++) {
      List<String> walked = new java.util.ArrayList<>();
      Optional<String> after = Optional.empty();
      List<AggregateStore.Stored<Allocation>> page;
      while (!(page = store.allWithTerm(ACME, Allocation.class, "coop-1", after, limit)).isEmpty()) {
        assertThat(page.size()).isLessThanOrEqualTo(limit);
        page.forEach(s -> walked.add(s.id()));
        after = Optional.of(page.get(page.size() - 1).id());
      }
      assertThat(walked).isEqualTo(whole);
    }
    assertThat(whole).containsExactly("r1/a", "r1/b", "r1/c", "r2/a", "r2/b");
    assertThat(store.allWithTerm(ACME, Allocation.class, "coop-1", Optional.of("r1/bb"), 2))
        .extracting(AggregateStore.Stored::id).containsExactly("r1/c", "r2/a");
    assertThat(store.allWithTerm(ACME, Allocation.class, "coop-1", Optional.of("r1/c"), 1).get(0))
        .isEqualTo(store.find(ACME, Allocation.class, "r2/a").orElseThrow());
    assertThat(store.allWithTerm(ACME, Allocation.class, "coop-2", Optional.empty(), 5))
        .extracting(AggregateStore.Stored::id).containsExactly("r1/x");
    assertThat(store.allWithTerm(OTHER, Allocation.class, "coop-1", Optional.of("r0/a"), 5)).isEmpty();
    assertThatThrownBy(() -> store.allWithTerm(ACME, Allocation.class, "coop-1", Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyAggregateComesBackEqual() {
    AggregateStore store = ports.aggregateStore();
    List<Record> aggregates = List.of(building(), allocation(AllocationStatus.PROPOSED), budget(), member(), notice());

    for (Record a : aggregates) {
      store.add(ACME, "id-1", a);
    }

    for (Record a : aggregates) {
      assertThat(store.find(ACME, a.getClass(), "id-1")).hasValueSatisfying(s -> {
        assertThat(s.aggregate()).isEqualTo(a);
        assertThat(s.version()).isEqualTo(1);
      });
    }
  }

  @Test
  void anotherOrganisationSeesNothing() {
    AggregateStore store = ports.aggregateStore();
    store.add(ACME, "B1", building());

    assertThat(store.find(OTHER, Building.class, "B1")).isEmpty();
    assertThat(store.all(OTHER, Building.class)).isEmpty();
    assertRefused(
        () -> store.update(new AggregateStore.Stored<>(OTHER, "B1", 1, building())), ErrorCode.NOT_FOUND);
    assertThat(store.find(ACME, Building.class, "B1")).isPresent();
  }

  @Test
  void typesAreKeptApartAndListedById() {
    AggregateStore store = ports.aggregateStore();
    store.add(ACME, "b", allocation(AllocationStatus.PROPOSED));
    store.add(ACME, "a", allocation(AllocationStatus.VALIDATED));
    store.add(ACME, "a", notice());

    List<AggregateStore.Stored<Allocation>> allocations = store.all(ACME, Allocation.class);

    assertThat(allocations).extracting(AggregateStore.Stored::id).containsExactly("a", "b");
    assertThat(allocations.get(0).aggregate().status()).isEqualTo(AllocationStatus.VALIDATED);
    assertThat(store.all(ACME, Notice.class)).hasSize(1);
  }

  @Test
  void pagesOfATypeFollowTheIdsWithinTheOrganisationAndConcatenateToTheWholeList() {
    AggregateStore store = ports.aggregateStore();
    for (String id : List.of("p5", "p1", "p4", "p2", "p3")) {
      store.add(ACME, id, new Paid("O1", 100));
    }
    store.add(ACME, "p0", allocation(AllocationStatus.PROPOSED));
    store.add(ACME, "p9", notice());
    store.add(OTHER, "p25", new Paid("O1", 100));

    List<AggregateStore.Stored<Paid>> first = store.all(ACME, Paid.class, Optional.empty(), 2);
    List<AggregateStore.Stored<Paid>> fromUnknown = store.all(ACME, Paid.class, Optional.of("p25"), 10);

    assertThat(first).extracting(AggregateStore.Stored::id).containsExactly("p1", "p2");
    assertThat(fromUnknown).extracting(AggregateStore.Stored::id).containsExactly("p3", "p4", "p5");
    assertThat(store.all(ACME, Paid.class, Optional.of("p5"), 3)).isEmpty();
    assertThat(store.all(OTHER, Paid.class, Optional.empty(), 3)).extracting(AggregateStore.Stored::id)
        .containsExactly("p25");
    for (int limit = 1; limit <= 6; limit++) {
      List<AggregateStore.Stored<Paid>> walked = new java.util.ArrayList<>();
      Optional<String> after = Optional.empty();
      List<AggregateStore.Stored<Paid>> page;
      while (!(page = store.all(ACME, Paid.class, after, limit)).isEmpty()) {
        assertThat(page.size()).isLessThanOrEqualTo(limit);
        walked.addAll(page);
        after = Optional.of(page.get(page.size() - 1).id());
      }
      assertThat(walked).isEqualTo(store.all(ACME, Paid.class));
    }
  }

  @Test
  void pagesOfTheIdsWithAPrefixFollowTheIdsAndTakeThePrefixLiterally() {
    AggregateStore store = ports.aggregateStore();
    for (String id : List.of("a_1/x", "ab1/z", "a_1/w", "a_10/q", "a%1/y", "a_1/v", "a_0/u", "a_2/t")) {
      store.add(ACME, id, new Paid("O1", 100));
    }
    store.add(ACME, "a_1/s", notice());
    store.add(OTHER, "a_1/r", new Paid("O1", 100));

    assertThat(store.allWithIdPrefix(ACME, Paid.class, "a_1/", Optional.empty(), 10))
        .extracting(AggregateStore.Stored::id).containsExactly("a_1/v", "a_1/w", "a_1/x");
    assertThat(store.allWithIdPrefix(ACME, Paid.class, "a_1/", Optional.empty(), 2))
        .extracting(AggregateStore.Stored::id).containsExactly("a_1/v", "a_1/w");
    assertThat(store.allWithIdPrefix(ACME, Paid.class, "a_1/", Optional.of("a_1/w"), 2))
        .extracting(AggregateStore.Stored::id).containsExactly("a_1/x");
    assertThat(store.allWithIdPrefix(ACME, Paid.class, "a_1/", Optional.of("a"), 1))
        .extracting(AggregateStore.Stored::id).containsExactly("a_1/v");
    assertThat(store.allWithIdPrefix(ACME, Paid.class, "a%", Optional.empty(), 5))
        .extracting(AggregateStore.Stored::id).containsExactly("a%1/y");
    assertThat(store.allWithIdPrefix(ACME, Paid.class, "a_1/", Optional.of("a_1/x"), 5)).isEmpty();
    assertThat(store.allWithIdPrefix(OTHER, Paid.class, "a_1/", Optional.empty(), 5))
        .extracting(AggregateStore.Stored::id).containsExactly("a_1/r");
    assertThatThrownBy(() -> store.allWithIdPrefix(ACME, Paid.class, "", Optional.empty(), 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.allWithIdPrefix(ACME, Paid.class, "a", Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A keyed record, like the host's owner payments (read by owner). */
  public record Paid(String owner, long cents) implements AggregateStore.Keyed {
    @Override
    public String lookupKey() {
      return owner;
    }
  }

  @Test
  void keyedRecordsAreReadByTheirKeyWhichFollowsTheirUpdates() {
    AggregateStore store = ports.aggregateStore();
    store.add(ACME, "p2", new Paid("O1", 200));
    store.add(ACME, "p1", new Paid("O1", 100));
    AggregateStore.Stored<Paid> moved = store.add(ACME, "p3", new Paid("O2", 300));
    store.add(OTHER, "p4", new Paid("O1", 400));

    store.update(moved.with(new Paid("O1", 300)));

    assertThat(store.allWithKey(ACME, Paid.class, "O1")).extracting(AggregateStore.Stored::id)
        .containsExactly("p1", "p2", "p3");
    assertThat(store.allWithKey(ACME, Paid.class, "O2")).isEmpty();
    assertThat(store.allWithKey(OTHER, Paid.class, "O1")).extracting(s -> s.aggregate().cents()).containsExactly(400L);
  }

  @Test
  void aStaleVersionIsAConflictNeverALostUpdate() {
    AggregateStore store = ports.aggregateStore();
    AggregateStore.Stored<Allocation> first = store.add(ACME, "AL-1", allocation(AllocationStatus.PROPOSED));

    AggregateStore.Stored<Allocation> validated = store.update(first.with(allocation(AllocationStatus.VALIDATED)));

    assertThat(validated.version()).isEqualTo(2);
    assertRefused(() -> store.update(first.with(allocation(AllocationStatus.REJECTED))), ErrorCode.CONCURRENT_UPDATE);
    assertRefused(() -> store.add(ACME, "AL-1", allocation(AllocationStatus.PROPOSED)), ErrorCode.CONCURRENT_UPDATE);
    assertThat(store.find(ACME, Allocation.class, "AL-1").orElseThrow().aggregate().status())
        .isEqualTo(AllocationStatus.VALIDATED);
  }

  @Test
  void joinsTheUnitOfWork() {
    AggregateStore store = ports.aggregateStore();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ports.transactions().run(() -> {
      store.add(ACME, "B1", building());
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(store.find(ACME, Building.class, "B1")).isEmpty();
  }
}
