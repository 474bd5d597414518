/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.lending;

import java.util.Objects;
import org.koprogo.domain.community.NeighbourId;

/**
 * An object a neighbour lends (a drill, a ladder, a raclette set).
 *
 * @param id its id
 * @param owner who lends it
 * @param description what it is
 * @param condition its condition when listed
 * @param deposit the deposit asked, or null
 */
public record LendableObject(String id, NeighbourId owner, String description, Condition condition, Deposit deposit) {
  /**
   * Checks that every part is given.
   *
   * @param id its id
   * @param owner who lends it
   * @param description what it is
   * @param condition its condition when listed
   * @param deposit the deposit asked, or null
   */
  public LendableObject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(condition, "condition");
  }
}
