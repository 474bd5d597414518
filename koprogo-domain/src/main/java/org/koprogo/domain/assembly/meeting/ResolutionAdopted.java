/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.Instant;
import java.util.Objects;
import org.koprogo.domain.assembly.VoteCount;

/**
 * A resolution was adopted, with its totals and its legal basis.
 *
 * @param assembly the assembly
 * @param count the count of the vote
 * @param legalBasis the statute (or the override) that set the majority
 * @param occurredAt when it was recorded
 */
public record ResolutionAdopted(AssemblyId assembly, VoteCount count, String legalBasis, Instant occurredAt)
    implements AssemblyEvent {
  /**
   * Checks that every part is given.
   *
   * @param assembly the assembly
   * @param count the count of the vote
   * @param legalBasis the statute (or the override) that set the majority
   * @param occurredAt when it was recorded
   */
  public ResolutionAdopted {
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
