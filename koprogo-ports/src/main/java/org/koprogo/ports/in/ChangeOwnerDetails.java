/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Use case: correct a co-owner's name and contact details, under optimistic locking, with an
 * audit entry (naming the owner by id only) in the same transaction.
 *
 * <p>Refusals: {@code VALIDATION_FAILED}, {@code NOT_FOUND} (no such owner in the organisation),
 * {@code CONCURRENT_UPDATE} (the version read is no longer the stored one), {@code
 * ILLEGAL_TRANSITION} (the owner's personal data was erased: it is not filled in again).
 */
public interface ChangeOwnerDetails {

  /**
   * Changes the details; returns the owner's new version.
   *
   * @param command the owner, the new details and the version read
   * @return the owner's new version
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}, {@code
   *     NOT_FOUND}, {@code CONCURRENT_UPDATE}, {@code ILLEGAL_TRANSITION}, as listed above
   */
  Changed change(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param version the version the caller read
   * @param details the owner's id and new details (the id is the owner changed)
   * @param actor who changes them (a user id)
   */
  record Command(
      @NotBlank String organisation,
      @PositiveOrZero long version,
      @NotNull @Valid RegisterBuilding.OwnerLine details,
      @NotBlank String actor) {}

  /**
   * What was stored.
   *
   * @param owner the owner's id
   * @param version the new version
   * @param stored the owner as stored
   */
  record Changed(String owner, long version, org.koprogo.ports.out.Owner stored) {}

  /**
   * Corrects the owner's details as a client sends them, at the version it read.
   *
   * @param organisation the tenant
   * @param owner the owner's id (the details' own id is ignored)
   * @param details the new details and the version read (required)
   * @param actor who changes them (a user id)
   * @return the owner's new version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} naming {@code version},
   *     and as {@link #change(Command)}
   */
  default Changed change(String organisation, String owner, RegisterOwner.OwnerDetails details, String actor) {
    return change(new Command(organisation, ClientFields.versionRead(details.version()), details.line(owner), actor));
  }
}
