/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.out.BankLines;
import org.koprogo.ports.out.OrganisationId;

/** {@link BankLines} in memory, joining {@link MemoryDatabase}'s units of work. */
public final class InMemoryBankLines implements BankLines, MemoryDatabase.Table {
  private record Key(OrganisationId organisation, BuildingId building, String identity) {}

  private record State(Map<Key, Imported> lines, Map<Key, Settlement> settlements) {}

  private final MemoryDatabase db;
  private Map<Key, Imported> lines = new LinkedHashMap<>();
  private Map<Key, Settlement> settlements = new LinkedHashMap<>();

  /**
   * Empty, on {@code db}.
   *
   * @param db the store
   */
  public InMemoryBankLines(MemoryDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
    db.register(this);
  }

  @Override
  public boolean record(OrganisationId organisation, BuildingId building, Imported line) {
    Key key = new Key(organisation, building, line.line().identity());
    return db.locked(() -> lines.putIfAbsent(key, line) == null);
  }

  @Override
  public Optional<Imported> find(OrganisationId organisation, BuildingId building, String identity) {
    return db.locked(() -> Optional.ofNullable(lines.get(new Key(organisation, building, identity))));
  }

  @Override
  public List<Imported> waiting(OrganisationId organisation, BuildingId building) {
    return db.locked(() -> {
      List<Imported> result = new ArrayList<>();
      for (Map.Entry<Key, Imported> e : lines.entrySet()) {
        Key k = e.getKey();
        String outcome = e.getValue().outcome();
        if (k.organisation.equals(organisation) && k.building.equals(building)
            && (outcome.equals("PROPOSED") || outcome.equals("UNMATCHED")) && !settlements.containsKey(k)) {
          result.add(e.getValue());
        }
      }
      return List.copyOf(result);
    });
  }

  @Override
  public boolean settle(OrganisationId organisation, BuildingId building, String identity, Settlement settlement) {
    Key key = new Key(organisation, building, identity);
    return db.locked(() -> lines.containsKey(key) && settlements.putIfAbsent(key, settlement) == null);
  }

  @Override
  public Optional<Settlement> settlementOf(OrganisationId organisation, BuildingId building, String identity) {
    return db.locked(() -> Optional.ofNullable(settlements.get(new Key(organisation, building, identity))));
  }

  @Override
  public Object snapshot() {
    return new State(new LinkedHashMap<>(lines), new LinkedHashMap<>(settlements));
  }

  @Override
  public void restore(Object snapshot) {
    State s = (State) snapshot;
    lines = new LinkedHashMap<>(s.lines());
    settlements = new LinkedHashMap<>(s.settlements());
  }
}
