/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import java.util.List;
import org.koprogo.ports.out.Lot;

/** Use case: read lots with their shares in the common parts and their owners. */
public interface ListLots {

  /**
   * One lot.
   *
   * @param organisation the tenant
   * @param lot the lot's id
   * @return the lot as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  Lot lot(String organisation, String lot);

  /**
   * The lots of a building by id, the whole list, for batch work; a host answering requests reads
   * {@link #ofBuilding(String, String, Integer, String) a page}.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @return its lots
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building
   */
  List<Lot> ofBuilding(String organisation, String building);

  /**
   * A page of the lots of a building by id: at most {@code limit} after the lot {@code after} (the
   * last of the previous page; it need not still be stored). The cost follows the page, not the
   * building.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param limit 1 to 1000; null for 100
   * @param after the id of the last lot of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building,
   *     {@code INVALID_FIELD} naming {@code limit} (out of bounds) or {@code after} (blank or
   *     longer than 100 characters)
   */
  List<Lot> ofBuilding(String organisation, String building, Integer limit, String after);

  /**
   * The lots an owner owns all or part of, by id, the whole list, for batch work; a host answering
   * requests reads {@link #ofOwner(String, String, Integer, String) a page}.
   *
   * @param organisation the tenant
   * @param owner the owner's id
   * @return the owner's lots
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown owner
   */
  List<Lot> ofOwner(String organisation, String owner);

  /**
   * A page of the lots an owner owns all or part of, by id: at most {@code limit} after the lot
   * {@code after} (the last of the previous page; it need not still be stored). The cost follows
   * the page, not the owner's holdings.
   *
   * @param organisation the tenant
   * @param owner the owner's id
   * @param limit 1 to 1000; null for 100
   * @param after the id of the last lot of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown owner,
   *     {@code INVALID_FIELD} naming {@code limit} (out of bounds) or {@code after} (blank or
   *     longer than 100 characters)
   */
  List<Lot> ofOwner(String organisation, String owner, Integer limit, String after);
}
