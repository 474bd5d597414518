/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A building under forced co-ownership (Civil Code art. 3.84): its lots with their shares in the
 * common parts, and who owns each lot.
 *
 * <p>Invariants, checked on construction: lot ids are unique; the lots' shares add up exactly to
 * the total declared in the basic deed (art. 3.85 §1; error {@code SHARES_TOTAL_MISMATCH}); every
 * lot has exactly one ownership whose fractions add up to 1 (error {@code
 * OWNERSHIP_FRACTIONS_NOT_ONE}). Immutable: a change is a new {@code Building}.
 *
 * @param id the building's id
 * @param name its name, never null
 * @param declaredShares the total of the shares declared in the basic deed (1000, 10000, ...)
 * @param lots the lots, in order
 * @param ownerships the ownership of every lot
 */
public record Building(
    BuildingId id, String name, BigDecimal declaredShares, List<Lot> lots,
    List<LotOwnership> ownerships) {

  /**
   * Checks the building's register.
   *
   * @param id the building's id
   * @param name its name, never null
   * @param declaredShares the total of the shares declared in the basic deed (1000, 10000, ...)
   * @param lots the lots, in order
   * @param ownerships the ownership of every lot
   * @throws KoproGoException {@code EMPTY_UNITS} without a lot, {@code DUPLICATE_UNIT} for a lot
   *     listed twice or with two ownership records, {@code SHARES_TOTAL_MISMATCH} when the lots'
   *     shares do not add up to the declared total, {@code UNKNOWN_UNIT} for the ownership of a lot
   *     not in the building, {@code OWNERSHIP_FRACTIONS_NOT_ONE} for a lot nobody owns
   */
  public Building {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(declaredShares, "declaredShares");
    lots = List.copyOf(lots);
    ownerships = List.copyOf(ownerships);
    if (lots.isEmpty()) {
      throw KoproGoException.of(ErrorCode.EMPTY_UNITS, "building " + id + " has no lot", "building", id.value());
    }
    Set<LotId> ids = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Lot lot : lots) {
      if (!ids.add(lot.id())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_UNIT, "lot " + lot.id() + " is listed twice", "value", lot.id().value());
      }
      total = total.add(lot.shares());
    }
    if (total.compareTo(declaredShares) != 0) {
      throw KoproGoException.of(
          ErrorCode.SHARES_TOTAL_MISMATCH,
          "the lots' shares add up to " + total.toPlainString() + ", not the declared "
              + declaredShares.toPlainString(),
          "value", total.toPlainString(), "declared", declaredShares.toPlainString());
    }
    Set<LotId> owned = new HashSet<>();
    for (LotOwnership o : ownerships) {
      if (!ids.contains(o.lot())) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_UNIT, "ownership of lot " + o.lot() + ", which is not in the building",
            "value", o.lot().value());
      }
      if (!owned.add(o.lot())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_UNIT, "lot " + o.lot() + " has two ownership records",
            "value", o.lot().value());
      }
    }
    for (Lot lot : lots) {
      if (!owned.contains(lot.id())) {
        throw KoproGoException.of(
            ErrorCode.OWNERSHIP_FRACTIONS_NOT_ONE, "nobody owns lot " + lot.id(),
            "lot", lot.id().value(), "value", "0");
      }
    }
  }

  /**
   * The lots' ids, in order.
   *
   * @return the ids, in the lots' order
   */
  public List<LotId> lotIds() {
    List<LotId> result = new ArrayList<>(lots.size());
    for (Lot lot : lots) {
      result.add(lot.id());
    }
    return result;
  }

  /**
   * Every lot's shares, in the lots' order.
   *
   * @return each lot's shares, by lot id
   */
  public Map<LotId, BigDecimal> shares() {
    Map<LotId, BigDecimal> result = new LinkedHashMap<>();
    for (Lot lot : lots) {
      result.put(lot.id(), lot.shares());
    }
    return result;
  }

  /**
   * The lot of that id.
   *
   * @param id the lot's id
   * @return the lot, or empty when it is not in the building
   */
  public Optional<Lot> lot(LotId id) {
    for (Lot lot : lots) {
      if (lot.id().equals(id)) {
        return Optional.of(lot);
      }
    }
    return Optional.empty();
  }

  /**
   * The ownership of a lot of this building.
   *
   * @param id the lot's id
   * @return who holds the lot, and how
   * @throws KoproGoException {@code UNKNOWN_UNIT} when the lot is not in the building
   */
  public LotOwnership ownershipOf(LotId id) {
    for (LotOwnership o : ownerships) {
      if (o.lot().equals(id)) {
        return o;
      }
    }
    throw KoproGoException.of(
        ErrorCode.UNKNOWN_UNIT, "lot " + id + " is not in building " + this.id, "value", id.value());
  }

  /**
   * Every co-owner of the building, in order of first appearance.
   *
   * @return the co-owners, without duplicates
   */
  public List<OwnerId> owners() {
    Set<OwnerId> seen = new LinkedHashSet<>();
    for (LotOwnership o : ownerships) {
      for (Holding h : o.holdings()) {
        seen.add(h.owner());
      }
    }
    return List.copyOf(seen);
  }
}
