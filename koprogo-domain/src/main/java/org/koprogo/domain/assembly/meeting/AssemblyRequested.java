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
 * @param requestedOn the date the syndic received the request
 * @param convokeBy the last day to send the convocation (Civil Code art. 3.87 §2: within 30 days
 *     of receipt of the request), or null when the rule set sets no such period
 * @param occurredAt when it was recorded
 */
public record AssemblyRequested(
    AssemblyId assembly, List<OwnerId> requestedBy, BigDecimal sharesHeld, BigDecimal sharesTotal,
    LocalDate requestedOn, LocalDate convokeBy, Instant occurredAt) implements AssemblyEvent {
  /**
   * A request recorded before the convocation deadline was reported.
   *
   * @param assembly the assembly drafted
   * @param requestedBy the owners who required it
   * @param sharesHeld the shares they hold together
   * @param sharesTotal the shares of all the owners
   * @param requestedOn the day their request was received
   * @param occurredAt when it was recorded
   */
  public AssemblyRequested(
      AssemblyId assembly, List<OwnerId> requestedBy, BigDecimal sharesHeld, BigDecimal sharesTotal,
      LocalDate requestedOn, Instant occurredAt) {
    this(assembly, requestedBy, sharesHeld, sharesTotal, requestedOn, null, occurredAt);
  }

  /**
   * Checks that every part is given and copies the owners.
   *
   * @param assembly the assembly drafted on their request
   * @param requestedBy the owners
   * @param sharesHeld their shares
   * @param sharesTotal all shares
   * @param requestedOn the date the syndic received the request
   * @param convokeBy the last day to send the convocation (Civil Code art. 3.87 §2: within 30 days
   *     of receipt of the request), or null when the rule set sets no such period
   * @param occurredAt when it was recorded
   */
  public AssemblyRequested {
    Objects.requireNonNull(assembly, "assembly");
    requestedBy = List.copyOf(requestedBy);
    Objects.requireNonNull(sharesHeld, "sharesHeld");
    Objects.requireNonNull(sharesTotal, "sharesTotal");
    Objects.requireNonNull(requestedOn, "requestedOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
