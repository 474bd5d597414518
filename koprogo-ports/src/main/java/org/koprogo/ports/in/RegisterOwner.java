/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.koprogo.ports.out.Owner;

/**
 * Use case: register a co-owner of the organisation (before a lot names them, or when a lot
 * changes hands), with an audit entry in the same transaction.
 *
 * <p>Refusals: {@code VALIDATION_FAILED} (blank name, malformed e-mail or phone), {@code
 * CONCURRENT_UPDATE} (the owner id is taken).
 */
public interface RegisterOwner {

  /**
   * Registers the owner; returns what was stored.
   *
   * @param command the owner
   * @return the owner as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}, {@code
   *     CONCURRENT_UPDATE}
   */
  Registered register(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param owner the owner's id, name and contact details
   * @param actor who registers them (a user id)
   */
  record Command(
      @NotBlank String organisation,
      @NotNull @Valid RegisterBuilding.OwnerLine owner,
      @NotBlank String actor) {}

  /**
   * What was stored.
   *
   * @param owner the owner's id
   * @param version the stored version
   * @param stored the owner as stored
   */
  record Registered(String owner, long version, Owner stored) {}
}
