/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The minutes were sent to the owners.
 *
 * @param assembly the assembly
 * @param publishedOn the day they were sent
 * @param dueOn the last day they were due (30 days after the meeting, Civil Code art. 3.89 §5)
 * @param late true when sent after {@code dueOn}
 * @param challengeDeadline the last day to challenge a decision in court (4 months after the
 *     meeting, Civil Code art. 3.92 §3)
 * @param occurredAt when it was recorded
 */
public record MinutesPublished(
    AssemblyId assembly, LocalDate publishedOn, LocalDate dueOn, boolean late,
    LocalDate challengeDeadline, Instant occurredAt) implements AssemblyEvent {
  /**
   * Checks that every part is given.
   *
   * @param assembly the assembly
   * @param publishedOn the day they were sent
   * @param dueOn the last day they were due (30 days after the meeting, Civil Code art. 3.89 §5)
   * @param late true when sent after {@code dueOn}
   * @param challengeDeadline the last day to challenge a decision in court (4 months after the
   *     meeting, Civil Code art. 3.92 §3)
   * @param occurredAt when it was recorded
   */
  public MinutesPublished {
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(challengeDeadline, "challengeDeadline");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
