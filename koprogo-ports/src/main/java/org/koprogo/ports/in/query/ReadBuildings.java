/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import java.util.List;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.Building;

/** Use case: read an organisation's buildings under co-ownership and their general assemblies. */
public interface ReadBuildings {

  /**
   * Every building of the organisation, by id, at once: its cost grows with the organisation; a
   * host answering requests reads {@link #buildings(String, Integer, String) a page}.
   *
   * @param organisation the tenant
   * @return the buildings
   */
  List<Building> buildings(String organisation);

  /**
   * A page of the organisation's buildings by id: at most {@code limit} after the building {@code
   * after} (the last of the previous page; it need not still be stored). The cost follows the
   * page, not the organisation.
   *
   * @param organisation the tenant
   * @param limit 1 to 1000; null for 100
   * @param after the id of the last building of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code limit}
   *     (out of bounds) or {@code after} (blank or longer than 100 characters)
   */
  List<Building> buildings(String organisation, Integer limit, String after);

  /**
   * One building.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @return the building as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  Building building(String organisation, String building);

  /**
   * A page of the building's general assemblies by date: at most {@code limit} after the assembly
   * {@code after} (the last of the previous page).
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param limit 1 to 1000; null for 100
   * @param after the last assembly of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building,
   *     {@code INVALID_FIELD} naming {@code limit} (out of bounds) or {@code after} (blank or
   *     longer than 100 characters)
   */
  List<Assembly> assemblies(String organisation, String building, Integer limit, String after);
}
