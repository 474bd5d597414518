/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.in.query.ListLots;
import org.koprogo.ports.in.query.ReadBuildings;
import org.koprogo.ports.in.query.ReadDocumentParties;
import org.koprogo.ports.in.query.ReadExpenses;
import org.koprogo.ports.in.query.ReadOrganisation;
import org.koprogo.ports.in.query.ReadOwners;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.StoreErrors;

/**
 * The reads of an organisation's register ({@link ReadOrganisation}, {@link ReadBuildings},
 * {@link ListLots}, {@link ReadExpenses}, {@link ReadOwners}, {@link ReadDocumentParties}): each
 * one read of the out ports, scoped to the organisation; a building or owner a list belongs to is
 * read first, so that an unknown one is {@code NOT_FOUND} rather than an empty list.
 */
final class RegisterReading
    implements ReadOrganisation, ReadBuildings, ListLots, ReadExpenses, ReadOwners, ReadDocumentParties {
  private final OutPorts ports;

  RegisterReading(OutPorts ports) {
    this.ports = ports;
  }

  @Override
  public Organisation organisation(String organisation) {
    OrganisationId id = OrganisationId.of(organisation);
    return ports.organisations().find(id).orElseThrow(() -> StoreErrors.notFound("organisation", id));
  }

  @Override
  public List<Building> buildings(String organisation) {
    return ports.buildings().all(OrganisationId.of(organisation));
  }

  @Override
  public List<Building> buildings(String organisation, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a building id", BuildingId::of);
    return ports.buildings().all(OrganisationId.of(organisation), from, n);
  }

  @Override
  public Building building(String organisation, String building) {
    return ports.buildings().get(OrganisationId.of(organisation), BuildingId.of(building));
  }

  @Override
  public List<Assembly> assemblies(String organisation, String building, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "an assembly id", AssemblyId::of);
    return ports.assemblies().ofBuilding(OrganisationId.of(organisation), building(organisation, building).id(),
        from, n);
  }

  @Override
  public Lot lot(String organisation, String lot) {
    return ports.lots().get(OrganisationId.of(organisation), LotId.of(lot));
  }

  @Override
  public List<Lot> ofBuilding(String organisation, String building) {
    // A building with lots exists (lots are added to a registered building and buildings are
    // never deleted): the building is read only to tell an unknown building (NOT_FOUND) from one
    // without lots, which saves a statement on every read of a building's lots.
    List<Lot> lots = ports.lots().ofBuilding(OrganisationId.of(organisation), BuildingId.of(building));
    if (lots.isEmpty()) {
      building(organisation, building);
    }
    return lots;
  }

  @Override
  public List<Lot> ofBuilding(String organisation, String building, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a lot id", LotId::of);
    // as for the whole list, the building is read only when the page is empty
    List<Lot> lots = ports.lots().ofBuilding(OrganisationId.of(organisation), BuildingId.of(building), from, n);
    if (lots.isEmpty()) {
      building(organisation, building);
    }
    return lots;
  }

  @Override
  public List<Lot> ofOwner(String organisation, String owner) {
    return ports.lots().ofOwner(OrganisationId.of(organisation), owner(organisation, owner).id());
  }

  @Override
  public List<Lot> ofOwner(String organisation, String owner, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a lot id", LotId::of);
    return ports.lots().ofOwner(OrganisationId.of(organisation), owner(organisation, owner).id(), from, n);
  }

  @Override
  public Expense expense(String organisation, String expense) {
    return ports.expenses().get(OrganisationId.of(organisation), ExpenseId.of(expense));
  }

  @Override
  public List<Expense> expenses(String organisation, String building) {
    return ports.expenses().ofBuilding(OrganisationId.of(organisation), building(organisation, building).id());
  }

  @Override
  public List<Expense> expenses(String organisation, String building, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "an expense id", ExpenseId::of);
    return ports.expenses().ofBuilding(OrganisationId.of(organisation), building(organisation, building).id(),
        from, n);
  }

  @Override
  public List<Owner> owners(String organisation) {
    return ports.owners().all(OrganisationId.of(organisation));
  }

  @Override
  public List<Owner> owners(String organisation, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "an owner id", OwnerId::of);
    return ports.owners().all(OrganisationId.of(organisation), from, n);
  }

  @Override
  public Owner owner(String organisation, String owner) {
    return ports.owners().get(OrganisationId.of(organisation), OwnerId.of(owner));
  }

  @Override
  public Parties parties(String organisation, String building) {
    OrganisationId id = OrganisationId.of(organisation);
    String name = ports.organisations().find(id).map(Organisation::name).orElse(organisation);
    Building b = building == null ? null : ports.buildings().find(id, BuildingId.of(building)).orElse(null);
    Map<String, String> names = new HashMap<>();
    ports.owners().all(id).forEach(o -> names.put(o.id().value(), o.details().name()));
    ports.members().all(id).forEach(m -> names.put(m.id().value(), m.details().name()));
    return new Parties(b == null ? name : b.name(), b == null ? "" : b.address(), name, names);
  }
}
