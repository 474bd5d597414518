/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.sale.Commitment;
import org.koprogo.ports.out.Commitments;
import org.koprogo.ports.out.OrganisationId;

/** {@link Commitments} in memory, joining {@link MemoryDatabase}'s units of work. */
public final class InMemoryCommitments implements Commitments, MemoryDatabase.Table {
  private record Row(OrganisationId organisation, BuildingId building, Commitment commitment) {}

  private final MemoryDatabase db;
  private List<Row> rows = new ArrayList<>();

  /**
   * An empty register on {@code db}.
   *
   * @param db the store
   */
  public InMemoryCommitments(MemoryDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
    db.register(this);
  }

  @Override
  public Recorded add(OrganisationId organisation, BuildingId building, Commitment commitment) {
    Objects.requireNonNull(commitment, "commitment");
    return db.locked(() -> {
      Optional<Commitment> earlier = find(organisation, building, commitment.id());
      if (earlier.isPresent()) {
        return new Recorded(earlier.get(), true);
      }
      rows.add(new Row(organisation, building, commitment));
      return new Recorded(commitment, false);
    });
  }

  @Override
  public Optional<Commitment> find(OrganisationId organisation, BuildingId building, String id) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    return db.locked(() -> rows.stream().filter(r -> r.organisation.equals(organisation)
        && r.building.equals(building) && r.commitment.id().equals(id)).map(Row::commitment).findFirst());
  }

  @Override
  public List<Commitment> ofBuilding(OrganisationId organisation, BuildingId building) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    return db.locked(() -> rows.stream()
        .filter(r -> r.organisation.equals(organisation) && r.building.equals(building))
        .map(Row::commitment).toList());
  }

  @Override
  public boolean markCalled(OrganisationId organisation, BuildingId building, String id, LocalDate calledOn) {
    Objects.requireNonNull(calledOn, "calledOn");
    return db.locked(() -> {
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        if (r.organisation.equals(organisation) && r.building.equals(building) && r.commitment.id().equals(id)) {
          if (r.commitment.calledOn() != null) {
            return false;
          }
          rows.set(i, new Row(organisation, building, r.commitment.calledOn(calledOn)));
          return true;
        }
      }
      return false;
    });
  }

  @Override
  public Object snapshot() {
    return new ArrayList<>(rows);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    rows = new ArrayList<>((List<Row>) snapshot);
  }
}
