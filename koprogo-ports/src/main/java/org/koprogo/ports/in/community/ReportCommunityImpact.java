/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.community;

import jakarta.validation.constraints.NotBlank;
import org.koprogo.domain.community.CommunityImpact;

/**
 * The figures the association reports (completed exchanges, hours exchanged, objects shared,
 * loans made), computed from the stored data of a building or of every building of the
 * organisation, never estimated. Readable whichever modules are on.
 *
 * <p>Refusals: {@code NOT_FOUND}, {@code VALIDATION_FAILED}.
 */
public interface ReportCommunityImpact {

  /**
   * One building's figures.
   *
   * @param query the building
   * @return the figures
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  CommunityImpact ofBuilding(CommunityRef query);

  /**
   * The organisation's figures: the sum over its buildings.
   *
   * @param query the organisation
   * @return the figures
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}
   */
  CommunityImpact acrossBuildings(Organisation query);

  /**
   * The organisation.
   *
   * @param organisation the tenant
   */
  record Organisation(@NotBlank String organisation) {}
}
