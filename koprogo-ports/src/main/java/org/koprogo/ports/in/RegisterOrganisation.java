/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.koprogo.ports.out.Organisation;

/**
 * Use case: register an organisation, the tenant every other record belongs to (a co-ownership,
 * a housing cooperative, an association). It is a host's provisioning step, before any other
 * use case of the organisation: the organisation's audit trail starts with its first record
 * (the building registered, the member registered), so registering it writes no audit entry.
 *
 * <p>Refusals: {@code CONCURRENT_UPDATE} (the id is taken), {@code VALIDATION_FAILED}.
 */
public interface RegisterOrganisation {

  /**
   * Registers the organisation.
   *
   * @param command the organisation
   * @return the organisation as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when an
   *     organisation has that id already, {@code VALIDATION_FAILED}
   */
  Organisation register(Command command);

  /**
   * The command.
   *
   * @param organisation the new organisation's id
   * @param name its legal name
   * @param kind what it is
   */
  record Command(@NotBlank String organisation, @NotBlank String name, @NotNull Organisation.Kind kind) {}
}
