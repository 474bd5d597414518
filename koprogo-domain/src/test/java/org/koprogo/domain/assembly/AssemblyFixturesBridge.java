/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Map;
import org.koprogo.domain.building.OwnerId;

/** The assembly fixtures other test packages use. */
public final class AssemblyFixturesBridge {
  private AssemblyFixturesBridge() {}

  /** Ballots from pairs: {@code ballots("A", "FOR", "B", "AGAINST")}. */
  public static Map<OwnerId, Ballot> ballots(String... pairs) {
    return AssemblyFixtures.ballots(pairs);
  }
}
