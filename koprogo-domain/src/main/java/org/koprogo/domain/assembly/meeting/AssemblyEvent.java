/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.Instant;

/** Something that happened to a general assembly, in the past tense, at a time the caller gives. */
public sealed interface AssemblyEvent
    permits AssemblyRequested, AgendaItemRequested, AssemblyConvened, QuorumChecked,
        ResolutionAdopted, ResolutionRejected, AssemblyClosed, MinutesPublished {
  /**
   * The assembly.
   *
   * @return the assembly's id
   */
  AssemblyId assembly();

  /**
   * When it happened, as the caller's clock said.
   *
   * @return the instant
   */
  Instant occurredAt();
}
