/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import java.util.Objects;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;

/**
 * A general assembly as it is stored, through its lifecycle.
 *
 * @param id the assembly's id
 * @param version the stored version (name it in the next change)
 * @param building the building's id, or null for an organisation's assembly
 * @param state the assembly (state, voting body, agenda, attendance, votes, history)
 */
public record Meeting(String id, long version, String building, GeneralAssembly.Snapshot state) {
  /**
   * Checks that the id and state are given.
   *
   * @param id the assembly's id
   * @param version the stored version (name it in the next change)
   * @param building the building's id, or null for an organisation's assembly
   * @param state the assembly (state, voting body, agenda, attendance, votes, history)
   */
  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
  }

  /**
   * The assembly restored from its state, to ask it its tally, minutes or deadlines.
   *
   * @return the assembly
   */
  public GeneralAssembly assembly() {
    return GeneralAssembly.restore(state);
  }
}
