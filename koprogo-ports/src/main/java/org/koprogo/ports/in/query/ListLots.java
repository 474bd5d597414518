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
   * The lots of a building.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @return its lots
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building
   */
  List<Lot> ofBuilding(String organisation, String building);

  /**
   * The lots an owner owns all or part of.
   *
   * @param organisation the tenant
   * @param owner the owner's id
   * @return the owner's lots
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown owner
   */
  List<Lot> ofOwner(String organisation, String owner);
}
