/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.koprogo.domain.building.Building;
import org.koprogo.domain.building.LotId;

/** The usual keys of a building. */
public final class DistributionKeys {
  private DistributionKeys() {}

  /**
   * Civil Code art. 3.85 §1: the general key, each lot weighted by its shares.
   *
   * @param building the building
   * @return the general key
   */
  public static DistributionKey general(Building building) {
    return new DistributionKey("general", building.shares());
  }

  /**
   * A special key over some lots only (elevator, staircase, heating meters): the lots not listed
   * pay nothing by it.
   *
   * @param name the key's name ({@code "elevator"})
   * @param weights the weights of the lots concerned
   * @return the key
   * @throws org.koprogo.domain.shared.KoproGoException {@code NEGATIVE_WEIGHT} for a negative
   *     weight, {@code ZERO_TOTAL_WEIGHT} when every weight is zero
   */
  public static DistributionKey special(String name, Map<LotId, BigDecimal> weights) {
    return new DistributionKey(name, new LinkedHashMap<>(weights));
  }
}
