/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import java.util.Map;

/**
 * Use case: the names a document prints (a convocation, minutes, a statement): where it is about,
 * who keeps the organisation, and the name of each owner and member it may mention.
 */
public interface ReadDocumentParties {

  /**
   * The parties of a document about {@code building} (or about the organisation).
   *
   * @param organisation the tenant
   * @param building the building's id, or null (an unknown building counts as none)
   * @return the parties
   */
  Parties parties(String organisation, String building);

  /**
   * The names a document prints.
   *
   * @param place the building's name, or the organisation's when there is no building
   * @param address the building's address, or empty
   * @param organisation the organisation's name (its id when it is not stored)
   * @param names each owner's and member's name by id
   */
  record Parties(String place, String address, String organisation, Map<String, String> names) {
    /**
     * Copies the names.
     *
     * @param place where
     * @param address the address
     * @param organisation who keeps it
     * @param names the names by id
     */
    public Parties {
      names = Map.copyOf(names);
    }
  }
}
