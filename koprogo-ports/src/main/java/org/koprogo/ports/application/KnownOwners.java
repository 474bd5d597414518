/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.in.RegisterBuilding.OwnershipLine;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Owners;

/** The owners a lot's ownership names that are registered in the organisation. */
final class KnownOwners {
  private KnownOwners() {}

  static Set<String> among(Owners owners, OrganisationId organisation, List<OwnershipLine> named) {
    Set<String> known = new HashSet<>();
    for (OwnershipLine line : named) {
      if (owners.find(organisation, OwnerId.of(line.owner())).isPresent()) {
        known.add(line.owner());
      }
    }
    return known;
  }
}
