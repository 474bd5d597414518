/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.util.Map;
import java.util.Objects;

/**
 * Who a document is about, as the caller's registers give them: the building (or organisation)
 * heading the document, its syndic, and the names of the people its records name by id. A person
 * without a name is written by id (a proxy holder who is not an owner is recorded by name).
 *
 * @param building the building's or organisation's name
 * @param address its address
 * @param syndic the syndic's name
 * @param names each person's name by their id ({@code o-peeters -> Anne Peeters})
 */
public record Parties(String building, String address, String syndic, Map<String, String> names) {
  public Parties {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(syndic, "syndic");
    names = Map.copyOf(names);
  }

  /** The name of the person {@code id}, or the id itself when it names nobody known. */
  public String name(String id) {
    return names.getOrDefault(id, id);
  }
}
