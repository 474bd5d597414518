/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.Instant;
import java.util.Objects;
import org.koprogo.domain.assembly.Quorum;
import org.koprogo.domain.assembly.Session;

/**
 * The quorum was checked at the opening (Civil Code art. 3.87 §5), reached or not.
 *
 * @param assembly the assembly
 * @param session first or second session
 * @param quorum the result, with its figures
 * @param occurredAt when it was recorded
 */
public record QuorumChecked(AssemblyId assembly, Session session, Quorum quorum, Instant occurredAt)
    implements AssemblyEvent {
  /**
   * Checks that every part is given.
   *
   * @param assembly the assembly
   * @param session first or second session
   * @param quorum the result, with its figures
   * @param occurredAt when it was recorded
   */
  public QuorumChecked {
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(quorum, "quorum");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
