/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.allocation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.AllocationRound;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.coop.project.Project;

/** Builds the allocation round of a cooperative from its group, ledger and project. */
public final class AllocationRounds {
  private AllocationRounds() {}

  /**
   * The round at {@code cutoff}: every member of the group (eligibility decides who takes part),
   * the ledger's dues, penalties and contributions, and the project's lots not yet assigned.
   *
   * @param preferences each member's lots in order of preference (absent: no preference)
   * @param alreadyAssigned lots assigned in earlier rounds (offered as unavailable)
   * @param cutoff the round's cut-off date
   * @param group the group
   * @param ledger the group's ledger
   * @param project the group's project
   * @return the round
   */
  public static AllocationRound at(
      LocalDate cutoff, Group group, Ledger ledger, Project project,
      Map<MemberId, List<LotId>> preferences, Collection<LotId> alreadyAssigned) {
    return new AllocationRound(
        cutoff, ledger.currency(), group.applicants(preferences), project.offeredLots(alreadyAssigned),
        ledger.dues(), ledger.penalties(), ledger.payments());
  }
}
