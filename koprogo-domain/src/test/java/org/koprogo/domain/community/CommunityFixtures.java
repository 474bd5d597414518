/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.koprogo.domain.building.BuildingId;

/** Community settings for tests. */
public final class CommunityFixtures {
  public static final NeighbourId ANNA = NeighbourId.of("anna");
  public static final NeighbourId BRAM = NeighbourId.of("bram");
  public static final NeighbourId CLARA = NeighbourId.of("clara");
  public static final NeighbourId COUNCIL = NeighbourId.of("council-chair");
  public static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private CommunityFixtures() {}

  /** Every module switched on by the council. */
  public static CommunitySettings allOn() {
    return new CommunitySettings(BuildingId.of("tilleuls"), Set.of(COUNCIL), EnumSet.allOf(CommunityModule.class));
  }

  /** Every module off. */
  public static CommunitySettings allOff() {
    return CommunitySettings.allOff(BuildingId.of("tilleuls"), Set.of(COUNCIL));
  }
}
