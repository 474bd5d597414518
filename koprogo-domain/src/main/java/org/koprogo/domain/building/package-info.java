/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The register of a co-ownership (Civil Code art. 3.84 and 3.85): the building, its lots with their
 * shares in the common parts, and who owns each lot.
 *
 * <p>Entry points: {@link org.koprogo.domain.building.Building}, {@link
 * org.koprogo.domain.building.Lot} and {@link org.koprogo.domain.building.LotOwnership} (full
 * owners whose fractions add up to 1, or bare owners and usufructuaries, each group adding up to
 * 1); typed ids
 * {@link org.koprogo.domain.building.BuildingId}, {@link org.koprogo.domain.building.LotId} and
 * {@link org.koprogo.domain.building.OwnerId}.
 */
package org.koprogo.domain.building;
