/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
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
 * present or represented without a ballot counts as abstaining), the owners excluded from this
 * vote for a conflict of interest, and, for a charge that only some owners bear, its
 * distribution key.
 *
 * <p>Civil Code art. 3.87 §6: when the decision concerns a charge borne by some co-owners only,
 * only they take part in the vote, each with votes in proportion to their part of that charge.
 * The quorum and the proxy limits stay on shares in the common parts.
 *
 * @param id the resolution
 * @param majority the majority it needs
 * @param ballots each voting owner's ballot, in the order given
 * @param excluded the owners who may not vote on this item
 * @param chargeKey each concerned owner's part of the charge (weights, not necessarily adding to
 *     anything); empty when the item concerns every owner
 */
public record Resolution(
    ResolutionId id,
    RequiredMajority majority,
    Map<OwnerId, Ballot> ballots,
    Set<OwnerId> excluded,
    Map<OwnerId, BigDecimal> chargeKey) {
  /**
   * Validates the resolution.
   *
   * @param id the resolution's id
   * @param majority the majority it needs
   * @param ballots each voting owner's ballot
   * @param excluded the owners who may not vote on it (a conflict of interest)
   * @param chargeKey each concerned owner's part of the charge, empty when it concerns everyone
   * @throws KoproGoException {@code BALLOT_FROM_EXCLUDED_OWNER}, {@code NEGATIVE_WEIGHT}, {@code
   *     ZERO_TOTAL_WEIGHT} (a key whose weights are all zero), {@code
   *     BALLOT_FROM_UNCONCERNED_OWNER} (a ballot from an owner with no part of the charge)
   */
  public Resolution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(majority, "majority");
    ballots = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(ballots, "ballots")));
    excluded = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(excluded, "excluded")));
    chargeKey = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(chargeKey, "chargeKey")));
    boolean anyPart = false;
    for (Map.Entry<OwnerId, BigDecimal> e : chargeKey.entrySet()) {
      Objects.requireNonNull(e.getKey(), "chargeKey owner");
      BigDecimal w = Objects.requireNonNull(e.getValue(), "chargeKey weight");
      if (w.signum() < 0) {
        throw KoproGoException.of(
            ErrorCode.NEGATIVE_WEIGHT,
            "the part " + w.toPlainString() + " of owner '" + e.getKey() + "' in the charge key of '"
                + id + "' is negative",
            "field", "chargeKey." + e.getKey(), "value", w.toPlainString());
      }
      anyPart |= w.signum() > 0;
    }
    if (!chargeKey.isEmpty() && !anyPart) {
      throw KoproGoException.of(
          ErrorCode.ZERO_TOTAL_WEIGHT, "every part of the charge key of '" + id + "' is zero",
          "field", "chargeKey");
    }
    for (Map.Entry<OwnerId, Ballot> e : ballots.entrySet()) {
      Objects.requireNonNull(e.getKey(), "ballot owner");
      Objects.requireNonNull(e.getValue(), "ballot");
      if (excluded.contains(e.getKey())) {
        throw KoproGoException.of(
            ErrorCode.BALLOT_FROM_EXCLUDED_OWNER,
            "owner '" + e.getKey() + "' is excluded from resolution '" + id + "' but cast a ballot",
            "field", "ballots." + e.getKey(), "value", e.getKey().value());
      }
      if (!chargeKey.isEmpty() && chargeKey.getOrDefault(e.getKey(), BigDecimal.ZERO).signum() <= 0) {
        throw KoproGoException.of(
            ErrorCode.BALLOT_FROM_UNCONCERNED_OWNER,
            "owner '" + e.getKey() + "' bears no part of the charge voted on in '" + id
                + "' but cast a ballot",
            "field", "ballots." + e.getKey(), "value", e.getKey().value());
      }
    }
  }

  /**
   * A resolution that concerns every owner (no charge key).
   *
   * @param id the resolution's id
   * @param majority the majority it needs
   * @param ballots each voting owner's ballot
   * @param excluded the owners who may not vote on it
   */
  public Resolution(
      ResolutionId id, RequiredMajority majority, Map<OwnerId, Ballot> ballots, Set<OwnerId> excluded) {
    this(id, majority, ballots, excluded, Map.of());
  }

  /**
   * A resolution with a majority stated directly and nobody excluded.
   *
   * @param id the resolution's id
   * @param majority the majority it needs
   * @param ballots each voting owner's ballot
   * @return the resolution
   */
  public static Resolution of(String id, MajorityRule majority, Map<OwnerId, Ballot> ballots) {
    return new Resolution(ResolutionId.of(id), RequiredMajority.stated(majority), ballots, Set.of());
  }

  /**
   * A resolution of a decision type (its legal majority) and nobody excluded.
   *
   * @param id the resolution's id
   * @param type its decision type
   * @param ballots each voting owner's ballot
   * @return the resolution
   */
  public static Resolution of(String id, DecisionType type, Map<OwnerId, Ballot> ballots) {
    return new Resolution(ResolutionId.of(id), RequiredMajority.of(type), ballots, Set.of());
  }

  /**
   * The same resolution with {@code owners} excluded for a conflict of interest.
   *
   * @param owners the owners excluded
   * @return the resolution
   */
  public Resolution excluding(Set<OwnerId> owners) {
    return new Resolution(id, majority, ballots, owners, chargeKey);
  }

  /**
   * The same resolution on a charge borne by the owners of {@code key} only (art. 3.87 §6).
   *
   * @param key each concerned owner's part of the charge
   * @return the resolution
   */
  public Resolution concerning(Map<OwnerId, BigDecimal> key) {
    return new Resolution(id, majority, ballots, excluded, key);
  }

  /**
   * True when the item concerns a charge borne by some owners only.
   *
   * @return whether there is a charge key
   */
  public boolean hasChargeKey() {
    return !chargeKey.isEmpty();
  }

  /**
   * The part of the charge {@code owner} bears (0 when not listed); only with a charge key.
   *
   * @param owner an owner
   * @return their part
   */
  public BigDecimal partOf(OwnerId owner) {
    return chargeKey.getOrDefault(owner, BigDecimal.ZERO);
  }

  /**
   * The ballot of {@code owner}, or null when they cast none.
   *
   * @param owner an owner
   * @return the ballot, or null
   */
  public Ballot ballotOf(OwnerId owner) {
    return ballots.get(owner);
  }
}
