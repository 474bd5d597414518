/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Use case: add a lot to a registered building (an amended basic deed, Civil Code art. 3.85): the
 * building's declared total of shares grows by the lot's shares, in the same transaction as the
 * lot, its ownership and the audit entry.
 *
 * <p>Refusals: {@code VALIDATION_FAILED}, {@code NOT_FOUND} (no such building in the
 * organisation), {@code UNKNOWN_OWNER} (the lot names an owner not registered), {@code
 * DUPLICATE_OWNER}, {@code INVALID_FRACTION}, {@code OWNERSHIP_FRACTIONS_NOT_ONE} (the owners'
 * fractions do not add up to the whole lot), {@code CONCURRENT_UPDATE} (the lot id is taken, or
 * the building changed since {@code buildingVersion}).
 */
public interface AddLot {

  /**
   * Adds the lot; returns what was stored.
   *
   * @param command the lot, its ownership and the building's version read
   * @return the lot and the building as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}, {@code
   *     NOT_FOUND}, {@code UNKNOWN_OWNER}, {@code DUPLICATE_OWNER}, {@code INVALID_FRACTION},
   *     {@code OWNERSHIP_FRACTIONS_NOT_ONE}, {@code CONCURRENT_UPDATE}, as listed above
   */
  Added add(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param buildingVersion the building's version the caller read, or null not to check it
   * @param lot the lot with its shares and owners (owners already registered)
   * @param actor who adds it (a user id)
   */
  record Command(
      @NotBlank String organisation,
      @NotBlank String building,
      @PositiveOrZero Long buildingVersion,
      @NotNull @Valid RegisterBuilding.LotLine lot,
      @NotBlank String actor) {}

  /**
   * What was stored.
   *
   * @param lot the lot's id
   * @param building the building's id
   * @param totalShares the building's new declared total of shares
   * @param buildingVersion the building's new version
   */
  record Added(String lot, String building, String totalShares, long buildingVersion) {}

  /**
   * Adds the lot a client sends: a new UUID when it names no id.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param lot the lot, its owners and the building's version read
   * @param actor who adds it (a user id)
   * @return the lot and the building as stored
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #add(Command)} ({@code
   *     MISSING_FIELD} naming {@code lot.owners} when it names none)
   */
  default Added add(String organisation, String building, NewLot lot, String actor) {
    return add(new Command(organisation, building, lot.buildingVersion(), new RegisterBuilding.LotLine(
        ClientFields.orNew(lot.id()), lot.label(), lot.shares(), lot.owners() == null ? List.of() : lot.owners()), actor));
  }

  /**
   * A lot to add to a building, as a client sends it.
   *
   * @param id its id (a new UUID when absent)
   * @param label its label in the basic deed
   * @param shares its shares in the common parts (quotités), positive
   * @param owners its registered owners and their fractions ({@code "1/2"}), adding up to 1
   *     (required: a lot without owners is refused with {@code MISSING_FIELD})
   * @param buildingVersion the building's version read, to refuse a stale change (optional)
   */
  record NewLot(@Nullable String id, String label, BigDecimal shares,
      List<RegisterBuilding.OwnershipLine> owners, @Nullable Long buildingVersion) {}
}
