/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.out.BuildingPenaltyPolicy;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.PenaltyPolicies;

/**
 * {@link PenaltyPolicies} in a {@link MemoryDatabase}: the policies join the store's units of work
 * (a failed one restores them with every other table).
 */
public final class InMemoryPenaltyPolicies extends InMemoryAggregates<BuildingId, BuildingPenaltyPolicy>
    implements PenaltyPolicies {

  /**
   * The policies beside {@code db}'s other ports.
   *
   * @param db the database whose units of work they join
   */
  public InMemoryPenaltyPolicies(MemoryDatabase db) {
    super(db, "late-penalty policy", BuildingPenaltyPolicy::organisation, BuildingPenaltyPolicy::building,
        BuildingPenaltyPolicy::version, BuildingPenaltyPolicy::withVersion);
  }

  @Override
  public Optional<BuildingPenaltyPolicy> find(OrganisationId organisation, BuildingId building) {
    return super.find(organisation, building);
  }

  @Override
  public BuildingPenaltyPolicy add(BuildingPenaltyPolicy policy) {
    return super.add(policy);
  }

  @Override
  public BuildingPenaltyPolicy update(BuildingPenaltyPolicy changed) {
    return super.update(changed);
  }
}
