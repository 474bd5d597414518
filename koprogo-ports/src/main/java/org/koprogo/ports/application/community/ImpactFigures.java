/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.util.List;
import org.koprogo.domain.community.CommunityImpact;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.ReportCommunityImpact;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.community.CommunityBuilding;

/** {@link ReportCommunityImpact}: counted from the stored exchanges, objects and loans. */
final class ImpactFigures implements ReportCommunityImpact {
  private final CommunityWork work;

  ImpactFigures(CommunityWork work) {
    this.work = work;
  }

  @Override
  public CommunityImpact ofBuilding(CommunityRef query) {
    return of(work.read(query));
  }

  @Override
  public CommunityImpact acrossBuildings(Organisation query) {
    work.validation.check(query);
    List<CommunityBuilding> all = work.store.buildings().all(OrganisationId.of(query.organisation()));
    return CommunityImpact.across(all.stream().map(ImpactFigures::of).toList());
  }

  private static CommunityImpact of(CommunityBuilding c) {
    return CommunityImpact.of(c.timeBank(), c.lending());
  }
}
