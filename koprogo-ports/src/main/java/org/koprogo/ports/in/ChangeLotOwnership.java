/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Use case: record who owns a lot now (a sale, an inheritance, an indivision entered or left):
 * the owners' fractions replace the lot's ownership under optimistic locking, with an audit entry
 * in the same transaction.
 *
 * <p>Refusals: {@code VALIDATION_FAILED}, {@code NOT_FOUND} (no such lot in the organisation),
 * {@code UNKNOWN_OWNER}, {@code DUPLICATE_OWNER}, {@code INVALID_FRACTION}, {@code
 * OWNERSHIP_FRACTIONS_NOT_ONE} (the fractions do not add up to exactly 1), {@code
 * CONCURRENT_UPDATE} (the version read is no longer the stored one).
 */
public interface ChangeLotOwnership {

  /**
   * Replaces the lot's ownership; returns the lot's new version.
   *
   * @param command the lot, its new holdings and the version read
   * @return the lot's new version
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}, {@code
   *     NOT_FOUND}, {@code UNKNOWN_OWNER}, {@code DUPLICATE_OWNER}, {@code INVALID_FRACTION},
   *     {@code OWNERSHIP_FRACTIONS_NOT_ONE}, {@code CONCURRENT_UPDATE}, as listed above
   */
  Changed change(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param lot the lot's id
   * @param version the lot's version the caller read
   * @param owners the new owners and their fractions, adding up to 1
   * @param actor who records the change (a user id)
   */
  record Command(
      @NotBlank String organisation,
      @NotBlank String lot,
      @PositiveOrZero long version,
      @NotEmpty List<RegisterBuilding.@NotNull @Valid OwnershipLine> owners,
      @NotBlank String actor) {}

  /**
   * What was stored.
   *
   * @param lot the lot's id
   * @param version the lot's new version
   * @param stored the lot as stored
   */
  record Changed(String lot, long version, org.koprogo.ports.out.Lot stored) {}

  /**
   * Records who owns a lot now, as a client sends it, at the version it read.
   *
   * @param organisation the tenant
   * @param lot the lot's id
   * @param ownership the owners and the version read (required)
   * @param actor who records the change (a user id)
   * @return what was stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} naming {@code version},
   *     and as {@link #change(Command)}
   */
  default Changed change(String organisation, String lot, Ownership ownership, String actor) {
    return change(new Command(organisation, lot, ClientFields.versionRead(ownership.version()), ownership.owners(),
        actor));
  }

  /**
   * Who owns a lot now, as a client sends it.
   *
   * @param version the lot's version read
   * @param owners the owners and their fractions, adding up to exactly 1
   */
  record Ownership(Long version, List<RegisterBuilding.OwnershipLine> owners) {}
}
