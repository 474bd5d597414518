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
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One agenda item in the minutes: its vote (ballots, exclusions, totals and outcome) and the legal
 * basis of its majority, or no vote when it was postponed.
 *
 * @param item the agenda item
 * @param count the count, or null when the item was not voted
 * @param ballots every ballot cast
 * @param excluded the owners excluded for a conflict of interest (those named and those the item's
 *     decision type excludes, with the owners whose proxy the conflicted person holds)
 * @param secondVote the immediate second vote on the same item (loi du 10 juillet 1965 art. 25-1
 *     and art. 26, last paragraph), or null
 */
public record MinutesEntry(
    AgendaItem item, VoteCount count, Map<OwnerId, Ballot> ballots, Set<OwnerId> excluded,
    SecondVote secondVote) {
  /**
   * Checks the entry and copies the ballots and exclusions.
   *
   * @param item the agenda item
   * @param count the count, or null when the item was not voted
   * @param ballots every ballot cast
   * @param excluded the owners excluded for a conflict of interest (those named and those the
   *     item's decision type excludes, with the owners whose proxy the conflicted person holds)
   * @param secondVote the immediate second vote on the same item (loi du 10 juillet 1965 art. 25-1
   *     and art. 26, last paragraph), or null
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code secondVote}) for a second vote
   *     without a first
   */
  public MinutesEntry {
    Objects.requireNonNull(item, "item");
    ballots = Collections.unmodifiableMap(new LinkedHashMap<>(ballots));
    excluded = Collections.unmodifiableSet(new LinkedHashSet<>(excluded));
    if (secondVote != null && count == null) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a second vote follows a first one on item " + item.id(), "field", "secondVote");
    }
  }

  /**
   * An entry without a second vote.
   *
   * @param item the agenda item
   * @param count its count, or null when it was not voted
   * @param ballots the ballots
   * @param excluded the owners excluded
   */
  public MinutesEntry(AgendaItem item, VoteCount count, Map<OwnerId, Ballot> ballots, Set<OwnerId> excluded) {
    this(item, count, ballots, excluded, null);
  }

  /**
   * The immediate second vote on the same item, at a lower majority, when the first vote failed
   * but reached the threshold the law sets (loi du 10 juillet 1965 art. 25-1: a third of all
   * votes, then article 24; art. 26, last paragraph: half of the members present or represented
   * holding a third of all votes, then article 25).
   *
   * @param count the count of the second vote
   * @param ballots its ballots
   * @param excluded the owners excluded from it
   */
  public record SecondVote(VoteCount count, Map<OwnerId, Ballot> ballots, Set<OwnerId> excluded) {
    /**
     * Checks the count is given and copies the ballots and exclusions.
     *
     * @param count the count of the second vote
     * @param ballots its ballots
     * @param excluded the owners excluded from it
     */
    public SecondVote {
      Objects.requireNonNull(count, "count");
      ballots = Collections.unmodifiableMap(new LinkedHashMap<>(ballots));
      excluded = Collections.unmodifiableSet(new LinkedHashSet<>(excluded));
    }
  }

  /**
   * True when the minutes must show that the association refers the adopted decision to the
   * justice of the peace (demolition or total rebuilding for the excessive cost of compliance,
   * Civil Code art. 3.88 §1, 2°, h)).
   *
   * @return whether the referral is required
   */
  public boolean referralToJusticeOfThePeace() {
    DecisionType type = item.majority().decisionType();
    return type != null && type.referralToJusticeOfThePeace() && count != null && decidingCount().adopted();
  }

  /**
   * The count that decided the item: the second vote's when there was one, else the first's.
   *
   * @return the deciding count, or null when not voted
   */
  public VoteCount decidingCount() {
    return secondVote != null ? secondVote.count() : count;
  }

  /**
   * True when the item was put to the vote.
   *
   * @return whether it was voted
   */
  public boolean voted() {
    return count != null;
  }

  /**
   * The statute (or override) that set the item's majority.
   *
   * @return the legal basis
   */
  public String legalBasis() {
    return item.majority().legalBasis();
  }
}
