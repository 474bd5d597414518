/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.building.OwnerId;

/**
 * Owners holding at least a fifth of the shares required an assembly (Civil Code art. 3.87 §2).
 *
 * @param assembly the assembly drafted on their request
 * @param requestedBy the owners
 * @param sharesHeld their shares
 * @param sharesTotal all shares
 * @param requestedOn the date of the request
 * @param occurredAt when it was recorded
 */
public record AssemblyRequested(
    AssemblyId assembly, List<OwnerId> requestedBy, BigDecimal sharesHeld, BigDecimal sharesTotal,
    LocalDate requestedOn, Instant occurredAt) implements AssemblyEvent {
  public AssemblyRequested {
    Objects.requireNonNull(assembly, "assembly");
    requestedBy = List.copyOf(requestedBy);
    Objects.requireNonNull(sharesHeld, "sharesHeld");
    Objects.requireNonNull(sharesTotal, "sharesTotal");
    Objects.requireNonNull(requestedOn, "requestedOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
