/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.building.OwnerId;

/**
 * One agenda item in the minutes: its vote (ballots, exclusions, totals and outcome) and the legal
 * basis of its majority, or no vote when it was postponed.
 *
 * @param item the agenda item
 * @param count the count, or null when the item was not voted
 * @param ballots every ballot cast
 * @param excluded the owners excluded for a conflict of interest
 */
public record MinutesEntry(
    AgendaItem item, VoteCount count, Map<OwnerId, Ballot> ballots, Set<OwnerId> excluded) {
  public MinutesEntry {
    Objects.requireNonNull(item, "item");
    ballots = Collections.unmodifiableMap(new LinkedHashMap<>(ballots));
    excluded = Collections.unmodifiableSet(new LinkedHashSet<>(excluded));
  }

  /** True when the item was put to the vote. */
  public boolean voted() {
    return count != null;
  }

  /** The statute (or override) that set the item's majority. */
  public String legalBasis() {
    return item.majority().legalBasis();
  }
}
