/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.building.Building;
import org.koprogo.domain.building.ChargeNature;
import org.koprogo.domain.building.Holding;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.LotOwnership;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.building.OwnershipRight;
import org.koprogo.domain.shared.Apportionment;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;

/**
 * An expense distributed over the lots of a building, then over the co-owners of each lot by
 * their fractions (indivision), with the same largest-remainder apportionment, so that every
 * cent lands on exactly one person. For a dismembered lot the bearers are the usufructuaries
 * (ordinary charges) or the bare owners (extraordinary ones): see {@link ChargeNature}.
 *
 * <p>Immutable.
 *
 * @param lots the distribution over the lots, explainable
 * @param nature whether the charge is ordinary or extraordinary
 * @param shares every person's share, lot by lot, in the lots' order
 */
public record ExpenseDistribution(Distribution lots, ChargeNature nature, List<OwnerShare> shares) {
  /**
   * Checks that every part is given and copies the shares.
   *
   * @param lots the distribution over the lots, explainable
   * @param nature whether the charge is ordinary or extraordinary
   * @param shares every person's share, lot by lot, in the lots' order
   */
  public ExpenseDistribution {
    Objects.requireNonNull(lots, "lots");
    Objects.requireNonNull(nature, "nature");
    shares = List.copyOf(shares);
  }

  /**
   * Distributes {@code amount} over the building's lots by {@code keys}, then over each lot's
   * bearers.
   *
   * @param building the building (its lots and their ownership)
   * @param amount the expense
   * @param keys the key parts
   * @param nature ordinary or extraordinary (who bears it in a dismembered lot)
   * @return the distribution
   * @throws org.koprogo.domain.shared.KoproGoException as {@link
   *     ChargeDistribution#distribute(Money, List, List)}
   */
  public static ExpenseDistribution of(
      Building building, Money amount, List<KeyShare> keys, ChargeNature nature) {
    Objects.requireNonNull(building, "building");
    Distribution distribution = ChargeDistribution.distribute(amount, building.lotIds(), keys);
    List<OwnerShare> shares = new ArrayList<>();
    for (Map.Entry<LotId, Money> e : distribution.allocations().entrySet()) {
      LotOwnership ownership = building.ownershipOf(e.getKey());
      shares.addAll(splitLotPart(e.getKey(), e.getValue(), ownership.bearersOf(nature)));
    }
    return new ExpenseDistribution(distribution, nature, shares);
  }

  /**
   * Distributes {@code amount} by the general key (the lots' shares, art. 3.85).
   *
   * @param building the building
   * @param amount the expense
   * @param nature ordinary or extraordinary
   * @return the distribution
   */
  public static ExpenseDistribution byShares(Building building, Money amount, ChargeNature nature) {
    return of(building, amount, List.of(new KeyShare(BigDecimal.ONE, DistributionKeys.general(building))), nature);
  }

  /**
   * Splits one lot's part among its bearers by their fractions.
   *
   * @param lot the lot
   * @param part the lot's part
   * @param bearers the holdings that bear it
   * @return each bearer's share, adding up to the part
   */
  public static List<OwnerShare> splitLotPart(LotId lot, Money part, List<Holding> bearers) {
    List<Fraction> fractions = new ArrayList<>(bearers.size());
    for (Holding h : bearers) {
      fractions.add(h.fraction());
    }
    List<Money> amounts = Apportionment.split(part, fractions);
    List<OwnerShare> result = new ArrayList<>(bearers.size());
    for (int i = 0; i < bearers.size(); i++) {
      Holding h = bearers.get(i);
      result.add(new OwnerShare(lot, h.owner(), h.right(), h.fraction(), amounts.get(i)));
    }
    return result;
  }

  /**
   * What each person pays in all, in order of first appearance.
   *
   * @return each person's total
   */
  public Map<OwnerId, Money> byOwner() {
    Map<OwnerId, Money> result = new LinkedHashMap<>();
    for (OwnerShare s : shares) {
      result.merge(s.owner(), s.amount(), Money::plus);
    }
    return result;
  }

  /**
   * One person's share of one lot's part.
   *
   * @param lot the lot
   * @param owner the person
   * @param right the right through which they pay
   * @param fraction their fraction of that right
   * @param amount what they pay for this lot
   */
  public record OwnerShare(
      LotId lot, OwnerId owner, OwnershipRight right,
      Fraction fraction, Money amount) {}
}
