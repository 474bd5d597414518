/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Optional;
import org.koprogo.domain.building.BuildingId;

/**
 * The late-payment penalty policy of each building that has one of its own. Contract, as {@link
 * Aggregates}: tenant-scoped reads, {@code add} at version 1 ({@code CONCURRENT_UPDATE} when the
 * building already has one), {@code update} with the version read ({@code CONCURRENT_UPDATE} when
 * another version is stored, {@code NOT_FOUND} when none is), and what is read back equals what
 * was stored. Joins the store's transactions.
 */
public interface PenaltyPolicies {

  /**
   * The policy of {@code building} in {@code organisation}, if it has one of its own.
   *
   * @param organisation the tenant
   * @param building the building
   * @return the policy, or empty
   */
  Optional<BuildingPenaltyPolicy> find(OrganisationId organisation, BuildingId building);

  /**
   * Stores the first policy of its building (version 0); returns it at version 1.
   *
   * @param policy the policy, version 0
   * @return the policy, version 1
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when the building
   *     already has one
   */
  BuildingPenaltyPolicy add(BuildingPenaltyPolicy policy);

  /**
   * Stores {@code changed} (its version is the version read); returns it at the next version.
   *
   * @param changed the policy, at the version read
   * @return the policy, next version
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when another
   *     version is stored, {@code NOT_FOUND} when none is
   */
  BuildingPenaltyPolicy update(BuildingPenaltyPolicy changed);
}
