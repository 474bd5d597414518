/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One item put to the vote: the majority it needs, the ballots of the owners who voted (an owner
 * present or represented without a ballot counts as abstaining), and the owners excluded from
 * this vote for a conflict of interest.
 *
 * @param id the resolution
 * @param majority the majority it needs
 * @param ballots each voting owner's ballot, in the order given
 * @param excluded the owners who may not vote on this item
 */
public record Resolution(
    ResolutionId id, RequiredMajority majority, Map<OwnerId, Ballot> ballots, Set<OwnerId> excluded) {
  public Resolution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(majority, "majority");
    ballots = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(ballots, "ballots")));
    excluded = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(excluded, "excluded")));
    for (Map.Entry<OwnerId, Ballot> e : ballots.entrySet()) {
      Objects.requireNonNull(e.getKey(), "ballot owner");
      Objects.requireNonNull(e.getValue(), "ballot");
      if (excluded.contains(e.getKey())) {
        throw KoproGoException.of(
            ErrorCode.BALLOT_FROM_EXCLUDED_OWNER,
            "owner '" + e.getKey() + "' is excluded from resolution '" + id + "' but cast a ballot",
            "field", "ballots." + e.getKey(), "value", e.getKey().value());
      }
    }
  }

  /** A resolution with a majority stated directly and nobody excluded. */
  public static Resolution of(String id, MajorityRule majority, Map<OwnerId, Ballot> ballots) {
    return new Resolution(ResolutionId.of(id), RequiredMajority.stated(majority), ballots, Set.of());
  }

  /** A resolution of a decision type (its legal majority) and nobody excluded. */
  public static Resolution of(String id, DecisionType type, Map<OwnerId, Ballot> ballots) {
    return new Resolution(ResolutionId.of(id), RequiredMajority.of(type), ballots, Set.of());
  }

  /** The same resolution with {@code owners} excluded for a conflict of interest. */
  public Resolution excluding(Set<OwnerId> owners) {
    return new Resolution(id, majority, ballots, owners);
  }

  /** The ballot of {@code owner}, or null when they cast none. */
  public Ballot ballotOf(OwnerId owner) {
    return ballots.get(owner);
  }
}
