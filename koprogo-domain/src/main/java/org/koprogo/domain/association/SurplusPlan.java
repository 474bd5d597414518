/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The participatory budget the general assembly votes: how the year's surplus is split between
 * destinations, and which destination (if any) lowers the monthly price.
 *
 * @param destinations the destinations in order (the order breaks ties of the apportionment); ids
 *     unique ({@code DUPLICATE_DESTINATION}), percents adding up to exactly 100 ({@code
 *     PERCENTS_NOT_100}); copied
 * @param thresholdPercent the margin a price decrease needs: it is allowed only when the margin is
 *     strictly above it; never negative ({@code NEGATIVE_PERCENT})
 * @param priceDecreaseDestination the id of the destination that lowers the price, or null; it
 *     must be one of the destinations ({@code UNKNOWN_DESTINATION})
 * @param reserve the association's reserve target, or null; its destination must be one of the
 *     destinations ({@code UNKNOWN_DESTINATION})
 */
public record SurplusPlan(
    List<Destination> destinations,
    BigDecimal thresholdPercent,
    String priceDecreaseDestination,
    ReservePolicy reserve) {
  /** The default threshold: a price decrease needs a margin strictly above 25%. */
  public static final BigDecimal DEFAULT_THRESHOLD_PERCENT = BigDecimal.valueOf(25);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the plan and copies the destinations.
   *
   * @param destinations the destinations in order (the order breaks ties of the apportionment); ids
   *     unique ({@code DUPLICATE_DESTINATION}), percents adding up to exactly 100 ({@code
   *     PERCENTS_NOT_100}); copied
   * @param thresholdPercent the margin a price decrease needs: it is allowed only when the margin
   *     is strictly above it; never negative ({@code NEGATIVE_PERCENT})
   * @param priceDecreaseDestination the id of the destination that lowers the price, or null; it
   *     must be one of the destinations ({@code UNKNOWN_DESTINATION})
   * @param reserve the association's reserve target, or null; its destination must be one of the
   *     destinations ({@code UNKNOWN_DESTINATION})
   * @throws KoproGoException {@code DUPLICATE_DESTINATION} for a destination listed twice, {@code
   *     PERCENTS_NOT_100} when the percents do not add up to exactly 100, {@code NEGATIVE_PERCENT}
   *     for a negative threshold, {@code UNKNOWN_DESTINATION} for a price-decrease or reserve
   *     destination not listed
   */
  public SurplusPlan {
    destinations = List.copyOf(destinations);
    Set<String> ids = checkDestinations(destinations);
    checkThreshold(thresholdPercent);
    checkKnown(ids, priceDecreaseDestination, "priceDecreaseDestination");
    if (reserve != null) {
      checkKnown(ids, reserve.destination(), "reserve.destination");
    }
  }

  /**
   * Checks that the ids are unique and the percents add up to exactly 100.
   *
   * @return the ids
   */
  static Set<String> checkDestinations(List<Destination> destinations) {
    Set<String> ids = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Destination d : destinations) {
      if (!ids.add(d.id())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_DESTINATION,
            "destination '" + d.id() + "' is listed twice",
            "field", "destinations", "value", d.id());
      }
      sum = sum.add(d.percent());
    }
    if (sum.compareTo(HUNDRED) != 0) {
      throw KoproGoException.of(
          ErrorCode.PERCENTS_NOT_100,
          "the destinations' percents add up to " + sum.toPlainString() + ", not 100",
          "field", "destinations", "value", sum.toPlainString());
    }
    return ids;
  }

  static BigDecimal checkThreshold(BigDecimal thresholdPercent) {
    Objects.requireNonNull(thresholdPercent, "thresholdPercent");
    if (thresholdPercent.signum() < 0) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_PERCENT,
          "threshold " + thresholdPercent.toPlainString() + "% is negative",
          "field", "thresholdPercent", "value", thresholdPercent.toPlainString());
    }
    return thresholdPercent;
  }

  /** Checks that {@code id} (when not null) is one of {@code ids}. */
  static String checkKnown(Set<String> ids, String id, String field) {
    if (id != null && !ids.contains(id)) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_DESTINATION,
          "'" + id + "' in " + field + " is not one of the destinations",
          "field", field, "value", id);
    }
    return id;
  }

  /**
   * A plan with the default threshold, no price decrease and no reserve target.
   *
   * @param destinations the destinations
   * @return the plan
   * @throws KoproGoException as the canonical constructor
   */
  public static SurplusPlan of(List<Destination> destinations) {
    return new SurplusPlan(destinations, DEFAULT_THRESHOLD_PERCENT, null, null);
  }

  /**
   * This plan with {@code id} as the price-decrease destination.
   *
   * @param id a listed destination's id
   * @return the plan
   * @throws KoproGoException {@code UNKNOWN_DESTINATION} when not listed
   */
  public SurplusPlan withPriceDecreaseDestination(String id) {
    return new SurplusPlan(destinations, thresholdPercent, id, reserve);
  }

  /**
   * This plan with a reserve target.
   *
   * @param policy the reserve policy
   * @return the plan
   * @throws KoproGoException {@code UNKNOWN_DESTINATION} when its destination is not listed
   */
  public SurplusPlan withReserve(ReservePolicy policy) {
    return new SurplusPlan(destinations, thresholdPercent, priceDecreaseDestination, policy);
  }

  /**
   * This plan with another threshold.
   *
   * @param threshold the margin in percent above which a price decrease may be funded
   * @return the plan
   * @throws KoproGoException {@code NEGATIVE_PERCENT} for a negative threshold
   */
  public SurplusPlan withThresholdPercent(BigDecimal threshold) {
    return new SurplusPlan(destinations, threshold, priceDecreaseDestination, reserve);
  }

  /**
   * The price-decrease destination, if the plan names one.
   *
   * @return the destination, or empty
   */
  public Optional<Destination> priceDecrease() {
    return find(priceDecreaseDestination);
  }

  /**
   * The destination {@code id}, if listed.
   *
   * @param id a destination id, or null
   * @return the destination, or empty
   */
  public Optional<Destination> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return destinations.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
