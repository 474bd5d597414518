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

/**
 * The meeting was closed.
 *
 * @param assembly the assembly
 * @param notVoted the agenda items left without a vote (postponed), in agenda order
 * @param minutesDueOn the last day to send the minutes (30 days after the meeting)
 * @param occurredAt when it was recorded
 */
public record AssemblyClosed(
    AssemblyId assembly, List<ResolutionId> notVoted, LocalDate minutesDueOn, Instant occurredAt)
    implements AssemblyEvent {
  /**
   * Checks that every part is given and copies the items not voted.
   *
   * @param assembly the assembly
   * @param notVoted the agenda items left without a vote (postponed), in agenda order
   * @param minutesDueOn the last day to send the minutes (30 days after the meeting)
   * @param occurredAt when it was recorded
   */
  public AssemblyClosed {
    Objects.requireNonNull(assembly, "assembly");
    notVoted = List.copyOf(notVoted);
    Objects.requireNonNull(minutesDueOn, "minutesDueOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
