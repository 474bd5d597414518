/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.OrganisationId;

/** {@link AuditTrail} in memory: a list only ever appended to (see {@link MemoryDatabase}). */
public final class InMemoryAuditTrail implements AuditTrail, MemoryDatabase.Table {
  private final MemoryDatabase db;
  private List<AuditEntry> entries = new ArrayList<>();
  private long sequence;

  InMemoryAuditTrail(MemoryDatabase db) {
    this.db = db;
    db.register(this);
  }

  @Override
  public AuditEntry append(OrganisationId organisation, AuditEvent event) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(event, "event");
    return db.locked(
        () -> {
          AuditEntry entry = new AuditEntry(++sequence, organisation, event);
          entries.add(entry);
          return entry;
        });
  }

  @Override
  public List<AuditEntry> list(OrganisationId organisation, Query query) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(query, "query");
    return db.locked(
        () -> {
          List<AuditEntry> result = new ArrayList<>();
          for (AuditEntry e : entries) {
            if (result.size() == query.limit()) {
              break;
            }
            if (e.organisation().equals(organisation)
                && e.sequence() > query.afterSequence()
                && (query.subjectType() == null || query.subjectType().equals(e.event().subjectType()))
                && (query.subjectId() == null || query.subjectId().equals(e.event().subjectId()))) {
              result.add(e);
            }
          }
          return List.copyOf(result);
        });
  }

  @Override
  public Object snapshot() {
    return new ArrayList<>(entries);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    // the sequence is not rolled back, as a database sequence is not: gaps are allowed
    entries = (List<AuditEntry>) snapshot;
  }
}
