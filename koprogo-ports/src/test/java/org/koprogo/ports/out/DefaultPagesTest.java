/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.contract.PortsFixtures;

/**
 * The default page methods an embedder's adapter inherits when it reads no page of its own: cut
 * from the whole list, in its order, the same pages as the memory and JDBC adapters answer.
 */
class DefaultPagesTest {

  @Test
  void anOwnersPageFollowsTheIdsTextWhetherOrNotTheCursorIsStored() {
    Owners owners = new ListedOwners(List.of("O1", "O2", "O4", "O5"));

    List<Owner> first = owners.all(ACME, Optional.empty(), 2);
    List<Owner> fromGone = owners.all(ACME, Optional.of(OwnerId.of("O3")), 10);

    assertThat(first).extracting(o -> o.id().value()).containsExactly("O1", "O2");
    assertThat(fromGone).extracting(o -> o.id().value()).containsExactly("O4", "O5");
    assertThat(owners.all(ACME, Optional.of(OwnerId.of("O5")), 10)).isEmpty();
    assertThatThrownBy(() -> owners.all(ACME, Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExpensesPageFollowsTheBuildingsOrderAndNoneFollowsAnotherBuildingsExpense() {
    List<Expense> stored = new ArrayList<>();
    for (String id : List.of("E-b", "E-a", "E-c")) {
      Expense e = PortsFixtures.expense(ACME, id, "B1");
      stored.add(new Expense(ACME, e.id(), e.building(), e.label(), e.amount(),
          id.equals("E-c") ? LocalDate.parse("2026-01-01") : e.bookedOn(), e.key(), e.allocations(), 1));
    }
    stored.sort(Comparator.comparing(Expense::bookedOn).thenComparing(Expense::id));
    Expenses expenses = new ListedExpenses(stored);

    List<Expense> first = expenses.ofBuilding(ACME, BuildingId.of("B1"), Optional.empty(), 2);
    List<Expense> rest = expenses.ofBuilding(ACME, BuildingId.of("B1"), Optional.of(first.get(1).id()), 2);

    assertThat(first).extracting(e -> e.id().value()).containsExactly("E-c", "E-a");
    assertThat(rest).extracting(e -> e.id().value()).containsExactly("E-b");
    assertThat(expenses.ofBuilding(ACME, BuildingId.of("B1"), Optional.of(ExpenseId.of("E-x")), 2)).isEmpty();
  }

  @Test
  void theOrganisationsAssembliesAndTheQuartersOfTheBooksArePagedByTheirIdsText() {
    List<Assembly> stored = List.of(PortsFixtures.assembly(ACME, "GA-a", "B1"),
        PortsFixtures.assembly(ACME, "GA-b", "B2"), PortsFixtures.assembly(ACME, "GA-d", "B1"));
    Assemblies assemblies = new ListedAssemblies(stored);
    List<QuarterBooks> quarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      quarters.add(new QuarterBooks(ACME, org.koprogo.domain.association.Quarter.of(2025, q), List.of(), List.of(), 1));
    }
    AssociationBooks books = new ListedBooks(quarters);

    assertThat(assemblies.all(ACME, Optional.empty(), 2)).extracting(a -> a.id().value())
        .containsExactly("GA-a", "GA-b");
    assertThat(assemblies.all(ACME, Optional.of(AssemblyId.of("GA-c")), 2)).extracting(a -> a.id().value())
        .containsExactly("GA-d");
    assertThat(books.all(ACME, Optional.of(org.koprogo.domain.association.Quarter.of(2025, 1)), 2))
        .isEqualTo(quarters.subList(1, 3));
    assertThat(books.all(ACME, Optional.of(org.koprogo.domain.association.Quarter.of(2024, 4)), 1))
        .isEqualTo(quarters.subList(0, 1));
    assertThatThrownBy(() -> books.all(ACME, Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Assemblies whose only read is the whole list, as an adapter without pages of its own. */
  private record ListedAssemblies(List<Assembly> stored) implements Assemblies {
    @Override
    public Assembly add(Assembly aggregate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Assembly update(Assembly aggregate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Assembly> find(OrganisationId organisation, AssemblyId id) {
      return stored.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public List<Assembly> all(OrganisationId organisation) {
      return stored;
    }

    @Override
    public List<Assembly> ofBuilding(OrganisationId organisation, BuildingId building) {
      return stored.stream().filter(a -> building.equals(a.building())).toList();
    }
  }

  /** Books whose only read is the whole list, as an adapter without pages of its own. */
  private record ListedBooks(List<QuarterBooks> stored) implements AssociationBooks {
    @Override
    public QuarterBooks add(QuarterBooks aggregate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public QuarterBooks update(QuarterBooks aggregate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<QuarterBooks> find(OrganisationId organisation, org.koprogo.domain.association.Quarter id) {
      return stored.stream().filter(q -> q.quarter().equals(id)).findFirst();
    }

    @Override
    public List<QuarterBooks> all(OrganisationId organisation) {
      return stored;
    }

    @Override
    public List<QuarterBooks> year(OrganisationId organisation, int year) {
      return stored.stream().filter(q -> q.quarter().year() == year).toList();
    }
  }

  /** Expenses whose only read is the whole list of building B1. */
  private record ListedExpenses(List<Expense> stored) implements Expenses {
    @Override
    public Expense add(Expense aggregate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Expense update(Expense aggregate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Expense> find(OrganisationId organisation, ExpenseId id) {
      return stored.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public List<Expense> all(OrganisationId organisation) {
      return stored;
    }

    @Override
    public List<Expense> ofBuilding(OrganisationId organisation, BuildingId building) {
      return building.equals(BuildingId.of("B1")) ? stored : List.of();
    }
  }

  /** Owners whose only read is the whole list, as an adapter without pages of its own. */
  private record ListedOwners(List<String> ids) implements Owners {
    @Override
    public Owner add(Owner aggregate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Owner update(Owner aggregate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Owner> find(OrganisationId organisation, OwnerId id) {
      return all(organisation).stream().filter(o -> o.id().equals(id)).findFirst();
    }

    @Override
    public List<Owner> all(OrganisationId organisation) {
      return ids.stream().map(id -> PortsFixtures.owner(organisation, id)).toList();
    }
  }
}
