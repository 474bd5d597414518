/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.penalty;

import java.util.Objects;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.ports.out.BuildingPenaltyPolicy;

/**
 * The late-penalty policy that applies to a building's installments, and where it comes from.
 *
 * @param building the building
 * @param policy the policy
 * @param stored the building's own policy, or null when the embedder's default applies
 */
public record AppliedPenaltyPolicy(BuildingId building, LatePenaltyPolicy policy, BuildingPenaltyPolicy stored) {

  /**
   * An applied policy.
   *
   * @param building the building
   * @param policy the policy
   * @param stored the building's own policy, or null when the embedder's default applies
   * @throws NullPointerException when the building or the policy is null
   */
  public AppliedPenaltyPolicy {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(policy, "policy");
  }

  /**
   * Where the policy comes from.
   *
   * @return {@code BUILDING} (its own) or {@code DEFAULT} (the embedder's)
   */
  public String source() {
    return stored == null ? "DEFAULT" : "BUILDING";
  }

  /**
   * The stored policy's version.
   *
   * @return its version, 0 when the building has none of its own
   */
  public long version() {
    return stored == null ? 0L : stored.version();
  }
}
