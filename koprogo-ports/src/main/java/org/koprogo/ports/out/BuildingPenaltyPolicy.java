/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.PenaltyRate;

/**
 * The late-payment penalty policy a building's statutes set (art. 3.93 §1 Civil Code), kept with
 * the building: its installments are assessed under it. The rate is a contractual rate naming
 * the article of the statutes that sets it, or the legal interest rate of each calendar year.
 * Immutable.
 *
 * @param organisation the tenant
 * @param building the building it applies to
 * @param policy the policy (its rate a {@link PenaltyRate.Statutory} or a {@link PenaltyRate.Legal})
 * @param version the optimistic-lock version (0 before it is first stored)
 */
public record BuildingPenaltyPolicy(
    OrganisationId organisation, BuildingId building, LatePenaltyPolicy policy, long version) {
  /**
   * Checks that every part is given.
   *
   * @param organisation the tenant
   * @param building the building it applies to
   * @param policy the policy (its rate a {@link PenaltyRate.Statutory} or a {@link
   *     PenaltyRate.Legal})
   * @param version the optimistic-lock version (0 before it is first stored)
   */
  public BuildingPenaltyPolicy {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(policy, "policy");
  }

  /**
   * The rate of the policy: set by the statutes, or the legal rate.
   *
   * @return the rate
   */
  public PenaltyRate rate() {
    return policy.rate();
  }

  /**
   * This policy at {@code version}.
   *
   * @param version the version
   * @return the policy
   */
  public BuildingPenaltyPolicy withVersion(long version) {
    return new BuildingPenaltyPolicy(organisation, building, policy, version);
  }
}
