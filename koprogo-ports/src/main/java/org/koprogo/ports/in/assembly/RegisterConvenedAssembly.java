/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.ports.out.Assembly;

/**
 * Use case: register an assembly convened outside the library's lifecycle (on paper, by another
 * tool, before the organisation used KoproGo), so that its minutes can be recorded afterwards
 * with {@link KeepAssemblyMinutes#record(AssemblyRef, org.koprogo.ports.out.RecordedVotes)}. The
 * assembly is stored CONVENED, its resolutions without outcomes, in one unit of work with an
 * audit entry {@code AssemblyRegistered} (subject {@code assembly/<id>}). An assembly the
 * syndic runs in KoproGo is drafted by {@link DraftGeneralAssembly} instead.
 *
 * <p>Refusals: {@code MISSING_FIELD}, {@code UNKNOWN_RULES} (field {@code rules}), {@code
 * UNKNOWN_SESSION} (field {@code session}), {@code UNKNOWN_MAJORITY} (field {@code
 * resolutions[i].majority}), {@code DUPLICATE_RESOLUTION} (field {@code resolutions[i].id}),
 * {@code NOT_FOUND} (the building), {@code CONCURRENT_UPDATE} (the id is taken), {@code
 * VALIDATION_FAILED}.
 */
public interface RegisterConvenedAssembly {
  /**
   * Registers the assembly.
   *
   * @param command the assembly as convened
   * @return the assembly as stored (CONVENED, first version)
   * @throws org.koprogo.domain.shared.KoproGoException the refusals listed above, each naming
   *     its field
   */
  Assembly register(Command command);

  /**
   * An assembly as convened.
   *
   * @param organisation the tenant
   * @param assembly its id
   * @param building the building of a co-ownership's assembly, null for an organisation's
   * @param heldOn the day it is (or was) held
   * @param session {@code FIRST} or {@code SECOND}
   * @param rules {@code BE_COPROPRIETE} (a building's; requires the building) or {@code
   *     ONE_MEMBER_ONE_VOTE} (an organisation's)
   * @param resolutions the agenda, in order, at least one
   * @param actor who registers it (for the audit trail)
   */
  record Command(
      @NotBlank String organisation,
      @NotBlank String assembly,
      String building,
      @NotNull LocalDate heldOn,
      @NotBlank String session,
      @NotBlank String rules,
      @NotNull List<Item> resolutions,
      @NotBlank String actor) {}

  /**
   * One item of the agenda.
   *
   * @param id its id, unique in the assembly
   * @param title what is decided
   * @param majority {@code ABSOLUTE}, {@code TWO_THIRDS}, {@code FOUR_FIFTHS}, {@code UNANIMITY}
   *     or {@code UNANIMITY_OF_PRESENT}
   */
  record Item(String id, String title, String majority) {}
}
