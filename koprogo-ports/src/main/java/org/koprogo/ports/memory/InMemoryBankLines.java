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
import org.koprogo.domain.payment.BankLine;
import org.koprogo.ports.out.BankLines;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.PersonalDataRows;
import org.koprogo.ports.out.OrganisationId;

/**
 * {@link BankLines} in memory, joining {@link MemoryDatabase}'s units of work; also the {@link
 * PersonalDataHolder} of the payers' names and accounts (add it to the ports with {@code
 * OutPorts.withPersonalData}).
 */
public final class InMemoryBankLines implements BankLines, PersonalDataHolder, MemoryDatabase.Table {
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
    return db.locked(() -> {
      if (line.movement() != null && findMovementLocked(organisation, building, line.movement()).isPresent()) {
        return false;
      }
      return lines.putIfAbsent(key, line) == null;
    });
  }

  @Override
  public Optional<Imported> findMovement(OrganisationId organisation, BuildingId building, String movement) {
    return db.locked(() -> findMovementLocked(organisation, building, movement));
  }

  private Optional<Imported> findMovementLocked(OrganisationId organisation, BuildingId building, String movement) {
    for (Map.Entry<Key, Imported> e : lines.entrySet()) {
      if (e.getKey().organisation.equals(organisation) && e.getKey().building.equals(building)
          && movement.equals(e.getValue().movement())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
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
  public List<Imported> waiting(OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is not positive");
    }
    return db.locked(() -> {
      boolean from = after.isEmpty();
      List<Imported> page = new ArrayList<>();
      for (Map.Entry<Key, Imported> e : lines.entrySet()) {
        Key k = e.getKey();
        if (page.size() == limit) {
          break;
        }
        if (!k.organisation.equals(organisation) || !k.building.equals(building)) {
          continue;
        }
        if (!from) {
          // the line ending the previous page, waiting or settled since
          from = k.identity.equals(after.get());
          continue;
        }
        String outcome = e.getValue().outcome();
        if ((outcome.equals("PROPOSED") || outcome.equals("UNMATCHED")) && !settlements.containsKey(k)) {
          page.add(e.getValue());
        }
      }
      return List.copyOf(page);
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

  private boolean concerns(Key key, Imported line, DataSubject subject) {
    if (subject.kind() != DataSubject.Kind.OWNER || !key.organisation.equals(subject.organisation())) {
      return false;
    }
    Settlement settled = settlements.get(key);
    return line.owner() != null && line.owner().value().equals(subject.id())
        || settled != null && settled.owner().value().equals(subject.id());
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
    return db.locked(() -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Map.Entry<Key, Imported> e : lines.entrySet()) {
        if (concerns(e.getKey(), e.getValue(), subject)) {
          rows.add(PersonalDataRows.bankLine(e.getKey().building.value(), e.getValue(), settlements.get(e.getKey())));
        }
      }
      return Map.of("bankLines", List.copyOf(rows));
    });
  }

  @Override
  public int erase(DataSubject subject, java.time.Instant at) {
    return db.locked(() -> {
      int changed = 0;
      for (Map.Entry<Key, Imported> e : lines.entrySet()) {
        Imported i = e.getValue();
        BankLine l = i.line();
        if (concerns(e.getKey(), i, subject) && (!l.counterpartyName().isEmpty() || !l.counterpartyAccount().isEmpty())) {
          BankLine erased = new BankLine(l.identity(), l.line(), l.bookingDate(), l.valueDate(), l.amount(), "", "",
              l.reference(), l.communication());
          e.setValue(new Imported(erased, i.statement(), i.outcome(), i.owner(), i.reference(), i.entry(),
              i.importedBy(), i.importedAt(), i.movement()));
          changed++;
        }
      }
      return changed;
    });
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
