/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.building.OwnerId;

/**
 * Owners asked for an item on the agenda (Civil Code art. 3.87 §3); kept in the audit trail.
 *
 * @param assembly the assembly
 * @param item the item added
 * @param requestedBy the owners who asked
 * @param requestedOn the date of their request
 * @param occurredAt when it was recorded
 */
public record AgendaItemRequested(
    AssemblyId assembly, ResolutionId item, List<OwnerId> requestedBy, LocalDate requestedOn,
    Instant occurredAt) implements AssemblyEvent {
  /**
   * Checks that every part is given and copies the owners.
   *
   * @param assembly the assembly
   * @param item the item added
   * @param requestedBy the owners who asked
   * @param requestedOn the date of their request
   * @param occurredAt when it was recorded
   */
  public AgendaItemRequested {
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(item, "item");
    requestedBy = List.copyOf(requestedBy);
    Objects.requireNonNull(requestedOn, "requestedOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
