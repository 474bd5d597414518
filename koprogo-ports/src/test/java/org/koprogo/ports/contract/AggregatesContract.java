/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import org.koprogo.domain.building.BuildingId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Aggregates;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.PersonalDetails;

/**
 * The {@link Aggregates} contract, for every repository: exact round trip, tenant scoping (another
 * organisation's aggregate is never returned nor changed), optimistic locking (a stale version is
 * a CONCURRENT_UPDATE, never a lost update).
 */
public abstract class AggregatesContract extends ContractBase {

  /** The whole contract on one repository. */
  private <I, A> void honoursTheContract(
      Aggregates<I, A> repository,
      A aggregate,
      A sameIdElsewhere,
      I id,
      ToLongFunction<A> version,
      Function<A, A> change) {
    A stored = repository.add(aggregate);
    assertThat(version.applyAsLong(stored)).isEqualTo(1);
    assertThat(repository.find(ACME, id)).contains(stored);

    // tenant scoping: the other organisation sees nothing, then its own aggregate only
    assertThat(repository.find(OTHER, id)).isEmpty();
    assertThat(repository.all(OTHER)).isEmpty();
    assertRefused(() -> repository.update(sameIdElsewhere), ErrorCode.NOT_FOUND);
    assertRefused(() -> repository.get(OTHER, id), ErrorCode.NOT_FOUND);
    A other = repository.add(sameIdElsewhere);
    assertThat(repository.find(OTHER, id)).contains(other);
    assertThat(repository.find(ACME, id)).contains(stored);
    assertThat(repository.all(ACME)).containsExactly(stored);

    // optimistic locking
    A changed = repository.update(change.apply(stored));
    assertThat(version.applyAsLong(changed)).isEqualTo(2);
    assertThat(repository.get(ACME, id)).isEqualTo(changed);
    assertRefused(() -> repository.update(change.apply(stored)), ErrorCode.CONCURRENT_UPDATE);
    assertThat(repository.get(ACME, id)).isEqualTo(changed);
    assertRefused(() -> repository.add(aggregate), ErrorCode.CONCURRENT_UPDATE);
    assertThat(repository.get(OTHER, id)).isEqualTo(other);
  }

  @Test
  void buildingsHonourTheContract() {
    Building b = PortsFixtures.building(ACME, "B1");
    honoursTheContract(
        ports.buildings(), b, PortsFixtures.building(OTHER, "B1"), b.id(), Building::version,
        x -> new Building(x.organisation(), x.id(), "Renamed", x.address(), new BigDecimal("10000.5"),
            Money.currency("CHF"), x.version()));
  }

  @Test
  void ownersHonourTheContract() {
    Owner o = PortsFixtures.owner(ACME, "O1");
    honoursTheContract(
        ports.owners(), o, PortsFixtures.owner(OTHER, "O1"), o.id(), Owner::version,
        x -> new Owner(x.organisation(), x.id(), new PersonalDetails("Renamed", "", "", ""),
            Instant.parse("2026-04-01T10:15:30.123456Z"), x.version()));
  }

  @Test
  void lotsHonourTheContract() {
    Lot l = PortsFixtures.lot(ACME, "B1", "A1", "333.333", "O1", "O2", "O3");
    honoursTheContract(
        ports.lots(), l, PortsFixtures.lot(OTHER, "B1", "A1", "1"), l.id(), Lot::version,
        x -> new Lot(x.organisation(), x.building(), x.id(), "Renamed", new BigDecimal("0.0001"),
            List.of(new Lot.Ownership(OwnerId.of("O9"), Fraction.ONE)), x.version()));
  }

  @Test
  void membersHonourTheContract() {
    Member m = PortsFixtures.member(ACME, "M1", 1);
    honoursTheContract(
        ports.members(), m, PortsFixtures.member(OTHER, "M1", 1), m.id(), Member::version,
        x -> new Member(x.organisation(), x.id(), x.details(), 7, Member.Status.SUSPENDED,
            x.joinedOn().plusDays(1), null, x.version()));
  }

  @Test
  void assembliesHonourTheContract() {
    Assembly a = PortsFixtures.assembly(ACME, "GA-2026", "B1");
    honoursTheContract(
        ports.assemblies(), a, PortsFixtures.assembly(OTHER, "GA-2026", "B1"), a.id(), Assembly::version,
        x -> new Assembly(x.organisation(), x.id(), x.building(), x.heldOn(), "SECOND", x.rules(), "CLOSED",
            List.of(new Assembly.Resolution("r1", "Approve the accounts", "ABSOLUTE", "ADOPTED")), x.version()));
  }

  @Test
  void expensesHonourTheContract() {
    Expense e = PortsFixtures.expense(ACME, "E1", "B1");
    honoursTheContract(
        ports.expenses(), e, PortsFixtures.expense(OTHER, "E1", "B1"), e.id(), Expense::version,
        x -> new Expense(x.organisation(), x.id(), x.building(), "Credit note", Money.ofMinor(Money.EUR, -1),
            x.bookedOn(), "elevator", java.util.Map.of(LotId.of("A1"), Money.ofMinor(Money.EUR, -1)), x.version()));
  }

  @Test
  void lotsOfABuildingOrAnOwnerStayInTheirOrganisation() {
    ports.lots().add(PortsFixtures.lot(ACME, "B1", "A2", "500", "O1"));
    ports.lots().add(PortsFixtures.lot(ACME, "B1", "A1", "500", "O1", "O2"));
    ports.lots().add(PortsFixtures.lot(ACME, "B2", "C1", "1000", "O2"));
    ports.lots().add(PortsFixtures.lot(OTHER, "B1", "X1", "1000", "O1"));

    List<Lot> ofBuilding = ports.lots().ofBuilding(ACME, BuildingId.of("B1"));
    List<Lot> ofOwner = ports.lots().ofOwner(ACME, OwnerId.of("O1"));

    assertThat(ofBuilding).extracting(l -> l.id().value()).containsExactly("A1", "A2");
    assertThat(ofOwner).extracting(l -> l.id().value()).containsExactly("A1", "A2");
    assertThat(ports.lots().ofOwner(OTHER, OwnerId.of("O2"))).isEmpty();
    assertThat(ports.lots().ofBuilding(OTHER, BuildingId.of("B2"))).isEmpty();
  }

  @Test
  void pagesTheLotsOfABuildingOrAnOwnerByIdWithinTheirBuildingOrOwner() {
    for (String id : List.of("A3", "A1", "A5", "A2", "A4")) {
      ports.lots().add(PortsFixtures.lot(ACME, "B1", id, "200", id.equals("A4") ? "O2" : "O1", "O3"));
    }
    ports.lots().add(PortsFixtures.lot(ACME, "B2", "A25", "1000", "O1"));
    ports.lots().add(PortsFixtures.lot(OTHER, "B1", "A0", "1000", "O1"));
    BuildingId b1 = BuildingId.of("B1");
    OwnerId o1 = OwnerId.of("O1");

    for (int limit = 1; limit <= 7; limit++) {
      int n = limit;
      assertThat(pages(after -> ports.lots().ofBuilding(ACME, b1, after, n), Lot::id))
          .containsExactlyElementsOf(ports.lots().ofBuilding(ACME, b1)).hasSize(5);
      assertThat(pages(after -> ports.lots().ofOwner(ACME, o1, after, n), Lot::id))
          .containsExactlyElementsOf(ports.lots().ofOwner(ACME, o1)).hasSize(5);
    }
    assertThat(ports.lots().ofBuilding(ACME, b1, Optional.of(LotId.of("A2")), 2))
        .extracting(l -> l.id().value()).containsExactly("A3", "A4");
    assertThat(ports.lots().ofBuilding(ACME, b1, Optional.of(LotId.of("A25")), 10))
        .extracting(l -> l.id().value()).containsExactly("A3", "A4", "A5");
    assertThat(ports.lots().ofOwner(ACME, o1, Optional.of(LotId.of("A3")), 10))
        .extracting(l -> l.id().value()).containsExactly("A5");
    assertThat(ports.lots().ofOwner(ACME, o1, Optional.of(LotId.of("A1")), 1)).singleElement()
        .satisfies(l -> assertThat(l.ownerships()).extracting(o -> o.owner().value()).containsExactly("O1", "O3"));
    assertThat(ports.lots().ofOwner(ACME, OwnerId.of("O2"), Optional.empty(), 10))
        .extracting(l -> l.id().value()).containsExactly("A4");
    assertThat(ports.lots().ofBuilding(OTHER, b1, Optional.empty(), 10))
        .extracting(l -> l.id().value()).containsExactly("A0");
    assertThat(ports.lots().ofBuilding(ACME, BuildingId.of("B9"), Optional.empty(), 10)).isEmpty();
    assertThatThrownBy(() -> ports.lots().ofOwner(ACME, o1, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pagesTheOrganisationsAssembliesById() {
    for (String id : List.of("GA-c", "GA-a", "GA-e", "GA-b", "GA-d")) {
      ports.assemblies().add(PortsFixtures.assembly(ACME, id, id.equals("GA-b") ? "B2" : "B1"));
    }
    ports.assemblies().add(PortsFixtures.assembly(OTHER, "GA-bb", "B1"));

    for (int limit = 1; limit <= 6; limit++) {
      int n = limit;
      assertThat(pages(after -> ports.assemblies().all(ACME, after, n), Assembly::id))
          .containsExactlyElementsOf(ports.assemblies().all(ACME)).hasSize(5);
    }
    assertThat(ports.assemblies().all(ACME, Optional.of(org.koprogo.ports.out.AssemblyId.of("GA-bb")), 2))
        .extracting(a -> a.id().value()).containsExactly("GA-c", "GA-d");
    assertThat(ports.assemblies().all(ACME, Optional.empty(), 1)).singleElement()
        .satisfies(a -> assertThat(a.resolutions()).hasSize(2));
    assertThat(ports.assemblies().all(OTHER, Optional.empty(), 10)).extracting(a -> a.id().value())
        .containsExactly("GA-bb");
  }

  @Test
  void assembliesAndExpensesOfABuildingStayInTheirOrganisation() {
    ports.assemblies().add(PortsFixtures.assembly(ACME, "GA1", "B1"));
    ports.assemblies().add(PortsFixtures.assembly(OTHER, "GA2", "B1"));
    ports.expenses().add(PortsFixtures.expense(ACME, "E1", "B1"));
    ports.expenses().add(PortsFixtures.expense(OTHER, "E2", "B1"));

    assertThat(ports.assemblies().ofBuilding(ACME, BuildingId.of("B1")))
        .extracting(a -> a.id().value()).containsExactly("GA1");
    assertThat(ports.expenses().ofBuilding(ACME, BuildingId.of("B1")))
        .extracting(e -> e.id().value()).containsExactly("E1");
  }

  @Test
  void pagesABuildingsAssembliesByDateThenId() {
    Assembly template = PortsFixtures.assembly(ACME, "GA", "B1");
    List<Assembly> stored = new java.util.ArrayList<>();
    for (String id : List.of("GA-c", "GA-a", "GA-b", "GA-d")) {
      LocalDate day = id.equals("GA-d") ? LocalDate.parse("2025-05-20") : template.heldOn();
      stored.add(ports.assemblies().add(new Assembly(ACME, org.koprogo.ports.out.AssemblyId.of(id), template.building(),
          day, template.session(), template.rules(), template.state(), template.resolutions(), 0)));
    }
    ports.assemblies().add(PortsFixtures.assembly(ACME, "GA-other-building", "B2"));
    ports.assemblies().add(PortsFixtures.assembly(OTHER, "GA-other", "B1"));
    BuildingId b1 = BuildingId.of("B1");

    List<Assembly> first = ports.assemblies().ofBuilding(ACME, b1, java.util.Optional.empty(), 2);
    List<Assembly> second = ports.assemblies().ofBuilding(ACME, b1, java.util.Optional.of(first.get(1).id()), 2);
    List<Assembly> none = ports.assemblies().ofBuilding(ACME, b1, java.util.Optional.of(second.get(1).id()), 2);
    List<Assembly> foreign = ports.assemblies().ofBuilding(ACME, b1,
        java.util.Optional.of(org.koprogo.ports.out.AssemblyId.of("GA-other-building")), 2);

    assertThat(first).extracting(a -> a.id().value()).containsExactly("GA-d", "GA-a");
    assertThat(first.get(1).resolutions()).hasSize(2);
    assertThat(second).extracting(a -> a.id().value()).containsExactly("GA-b", "GA-c");
    assertThat(none).isEmpty();
    assertThat(foreign).isEmpty();
  }

  @Test
  void pagesOwnersMembersAndBuildingsByIdWithinTheOrganisation() {
    for (String id : List.of("O3", "O1", "O5", "O2", "O4")) {
      ports.owners().add(PortsFixtures.owner(ACME, id));
      ports.members().add(PortsFixtures.member(ACME, "M" + id.substring(1), 1));
      ports.buildings().add(PortsFixtures.building(ACME, "B" + id.substring(1)));
    }
    ports.owners().add(PortsFixtures.owner(OTHER, "O25"));
    ports.members().add(PortsFixtures.member(OTHER, "M25", 1));
    ports.buildings().add(PortsFixtures.building(OTHER, "B25"));

    List<Owner> first = ports.owners().all(ACME, Optional.empty(), 2);
    List<Owner> second = ports.owners().all(ACME, Optional.of(first.get(1).id()), 2);
    List<Owner> fromUnknown = ports.owners().all(ACME, Optional.of(OwnerId.of("O25")), 10);
    List<Owner> last = ports.owners().all(ACME, Optional.of(OwnerId.of("O5")), 2);

    assertThat(first).extracting(o -> o.id().value()).containsExactly("O1", "O2");
    assertThat(second).extracting(o -> o.id().value()).containsExactly("O3", "O4");
    assertThat(fromUnknown).extracting(o -> o.id().value()).containsExactly("O3", "O4", "O5");
    assertThat(last).isEmpty();
    assertThat(ports.members().all(ACME, Optional.of(MemberId.of("M2")), 2))
        .extracting(m -> m.id().value()).containsExactly("M3", "M4");
    assertThat(ports.buildings().all(ACME, Optional.of(BuildingId.of("B4")), 5))
        .extracting(b -> b.id().value()).containsExactly("B5");
    assertThat(ports.owners().all(OTHER, Optional.empty(), 10)).extracting(o -> o.id().value())
        .containsExactly("O25");
    assertThatThrownBy(() -> ports.owners().all(ACME, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyPageSizeConcatenatesToTheWholeListInOrderWithoutDuplicates() {
    for (int i = 0; i < 7; i++) {
      ports.owners().add(PortsFixtures.owner(ACME, "O-" + (char) ('g' - i)));
      ports.members().add(PortsFixtures.member(ACME, "M-" + (char) ('a' + 3 * i % 7), 1));
      ports.buildings().add(PortsFixtures.building(ACME, "B-" + i));
      Expense template = PortsFixtures.expense(ACME, "E", "B1");
      ports.expenses().add(new Expense(ACME, ExpenseId.of("E-" + (char) ('a' + 5 * i % 7)), template.building(),
          template.label(), template.amount(), template.bookedOn().plusDays(i % 3), template.key(),
          template.allocations(), 0));
    }
    ports.owners().add(PortsFixtures.owner(OTHER, "O-0"));
    ports.expenses().add(PortsFixtures.expense(ACME, "E-other-building", "B2"));
    BuildingId b1 = BuildingId.of("B1");

    for (int limit = 1; limit <= 8; limit++) {
      int n = limit;
      assertThat(pages(after -> ports.owners().all(ACME, after, n), Owner::id))
          .containsExactlyElementsOf(ports.owners().all(ACME));
      assertThat(pages(after -> ports.members().all(ACME, after, n), Member::id))
          .containsExactlyElementsOf(ports.members().all(ACME));
      assertThat(pages(after -> ports.buildings().all(ACME, after, n), Building::id))
          .containsExactlyElementsOf(ports.buildings().all(ACME));
      assertThat(pages(after -> ports.expenses().ofBuilding(ACME, b1, after, n), Expense::id))
          .containsExactlyElementsOf(ports.expenses().ofBuilding(ACME, b1))
          .hasSize(7);
    }
  }

  @Test
  void pagesABuildingsExpensesByDateThenId() {
    Expense template = PortsFixtures.expense(ACME, "E", "B1");
    for (String id : List.of("E-c", "E-a", "E-b", "E-d")) {
      LocalDate day = id.equals("E-d") ? template.bookedOn().minusDays(1) : template.bookedOn();
      ports.expenses().add(new Expense(ACME, ExpenseId.of(id), template.building(), template.label(),
          template.amount(), day, template.key(), template.allocations(), 0));
    }
    ports.expenses().add(PortsFixtures.expense(ACME, "E-other-building", "B2"));
    ports.expenses().add(PortsFixtures.expense(OTHER, "E-other", "B1"));
    BuildingId b1 = BuildingId.of("B1");

    List<Expense> first = ports.expenses().ofBuilding(ACME, b1, Optional.empty(), 2);
    List<Expense> second = ports.expenses().ofBuilding(ACME, b1, Optional.of(first.get(1).id()), 2);
    List<Expense> none = ports.expenses().ofBuilding(ACME, b1, Optional.of(second.get(1).id()), 2);
    List<Expense> foreign = ports.expenses().ofBuilding(ACME, b1, Optional.of(ExpenseId.of("E-other-building")), 2);
    List<Expense> otherTenant = ports.expenses().ofBuilding(ACME, b1, Optional.of(ExpenseId.of("E-other")), 2);

    assertThat(first).extracting(e -> e.id().value()).containsExactly("E-d", "E-a");
    assertThat(first.get(1).allocations()).isEqualTo(template.allocations());
    assertThat(second).extracting(e -> e.id().value()).containsExactly("E-b", "E-c");
    assertThat(none).isEmpty();
    assertThat(foreign).isEmpty();
    assertThat(otherTenant).isEmpty();
  }

  /** Every page read from the first, each after the last of the previous, until an empty one. */
  private static <I, A> List<A> pages(Function<Optional<I>, List<A>> read, Function<A, I> id) {
    List<A> all = new java.util.ArrayList<>();
    Optional<I> after = Optional.empty();
    for (int guard = 0; guard < 100; guard++) {
      List<A> page = read.apply(after);
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
      after = Optional.of(id.apply(page.get(page.size() - 1)));
    }
    throw new AssertionError("more than 100 pages");
  }

  @Test
  void chargesOnLotsAreTheirPartsOfTheBuildingsExpensesInOrder() {
    Expense e1 = ports.expenses().add(PortsFixtures.expense(ACME, "E1", "B1"));
    ports.expenses().add(new Expense(ACME, org.koprogo.ports.out.ExpenseId.of("E0"),
        BuildingId.of("B1"), "Cleaning", Money.ofMinor(Money.EUR, 300), e1.bookedOn().minusDays(1), "general",
        new java.util.LinkedHashMap<>(java.util.Map.of(LotId.of("A3"), Money.ofMinor(Money.EUR, 300))), 0));
    ports.expenses().add(PortsFixtures.expense(ACME, "E-B2", "B2"));
    ports.expenses().add(PortsFixtures.expense(OTHER, "E9", "B1"));

    List<org.koprogo.ports.out.Expenses.LotCharge> onA2A3 =
        ports.expenses().chargesOn(ACME, BuildingId.of("B1"), List.of(LotId.of("A2"), LotId.of("A3")));
    List<org.koprogo.ports.out.Expenses.LotCharge> onBoth =
        ports.expenses().chargesOn(ACME, BuildingId.of("B1"), List.of(LotId.of("A2"), LotId.of("A1")));

    assertThat(onA2A3).containsExactly(
        new org.koprogo.ports.out.Expenses.LotCharge(org.koprogo.ports.out.ExpenseId.of("E0"), e1.bookedOn().minusDays(1),
            LotId.of("A3"), Money.ofMinor(Money.EUR, 300)),
        new org.koprogo.ports.out.Expenses.LotCharge(e1.id(), e1.bookedOn(), LotId.of("A2"), Money.ofMinor(Money.EUR, 66666)));
    assertThat(onBoth).extracting(c -> c.lot().value()).containsExactly("A1", "A2");
    assertThat(ports.expenses().chargesOn(ACME, BuildingId.of("B1"), List.of())).isEmpty();
  }

  @Test
  void listsReadEveryAggregateWithItsOwnChildRowsInTheirOrder() {
    Lot a1 = ports.lots().add(PortsFixtures.lot(ACME, "B1", "A1", "500", "O3", "O1", "O2"));
    Lot a2 = ports.lots().add(PortsFixtures.lot(ACME, "B1", "A2", "300"));
    Lot a3 = ports.lots().add(PortsFixtures.lot(ACME, "B1", "A3", "200", "O2"));
    ports.lots().add(PortsFixtures.lot(OTHER, "B1", "A4", "100", "O1"));
    Assembly empty = PortsFixtures.assembly(ACME, "GA1", "B1");
    Assembly ga1 = ports.assemblies().add(new Assembly(
        empty.organisation(), empty.id(), empty.building(), empty.heldOn(), empty.session(), empty.rules(),
        empty.state(), List.of(), 0));
    Assembly ga2 = ports.assemblies().add(PortsFixtures.assembly(ACME, "GA2", "B1"));
    Expense e1 = ports.expenses().add(PortsFixtures.expense(ACME, "E1", "B1"));
    Expense e2 = ports.expenses().add(new Expense(ACME, org.koprogo.ports.out.ExpenseId.of("E2"),
        BuildingId.of("B1"), "Cleaning", Money.ofMinor(Money.EUR, 300), e1.bookedOn(), "general",
        new java.util.LinkedHashMap<>(java.util.Map.of(LotId.of("A3"), Money.ofMinor(Money.EUR, 300))), 0));

    assertThat(ports.lots().ofBuilding(ACME, BuildingId.of("B1"))).containsExactly(a1, a2, a3);
    assertThat(ports.lots().ofOwner(ACME, OwnerId.of("O2"))).containsExactly(a1, a3);
    assertThat(ports.lots().get(ACME, LotId.of("A2")).ownerships()).isEmpty();
    assertThat(ports.lots().get(ACME, LotId.of("A1")).ownerships()).extracting(o -> o.owner().value())
        .containsExactly("O3", "O1", "O2");
    assertThat(ports.assemblies().ofBuilding(ACME, BuildingId.of("B1"))).containsExactly(ga1, ga2);
    assertThat(ports.assemblies().all(ACME)).containsExactly(ga1, ga2);
    assertThat(ports.expenses().ofBuilding(ACME, BuildingId.of("B1"))).containsExactly(e1, e2);
    assertThat(ports.expenses().get(ACME, e1.id()).allocations().keySet())
        .extracting(LotId::value).containsExactly("A1", "A2");
  }

  @Test
  void organisationsUseOptimisticLocking() {
    Organisation stored = ports.organisations().add(PortsFixtures.organisation(ACME));

    Organisation renamed = ports.organisations().update(new Organisation(ACME, "New name", stored.kind(), 1));

    assertThat(renamed.version()).isEqualTo(2);
    assertThat(ports.organisations().find(ACME)).contains(renamed);
    assertRefused(() -> ports.organisations().update(stored), ErrorCode.CONCURRENT_UPDATE);
    assertRefused(() -> ports.organisations().add(PortsFixtures.organisation(ACME)), ErrorCode.CONCURRENT_UPDATE);
    assertRefused(() -> ports.organisations().update(PortsFixtures.organisation(OTHER).withVersion(1)), ErrorCode.NOT_FOUND);
  }
}
