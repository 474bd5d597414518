/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.util.ArrayList;
import java.util.List;
import org.koprogo.domain.shared.Money;

/** Accounts, plans and rosters for the association's tests. */
final class AssociationFixtures {
  private AssociationFixtures() {}

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  /** The mission's participatory-budget year: 1,500 members at 5.00 a month, 18,000.00 of costs. */
  static AssociationAccounts missionYear() {
    return new AssociationAccounts(
        eur("90000.00"),
        List.of(CostLine.of("infrastructure", eur("2160.00")), CostLine.of("staff", eur("15840.00"))),
        1500,
        eur("5.00"));
  }

  /** The mission's split: solidarity 30, price decrease 25, features 25, reserve 15, R&D 5. */
  static SurplusPlan missionPlan() {
    return SurplusPlan.of(
            List.of(
                Destination.of("solidarity", "30"),
                Destination.of("price_decrease", "25"),
                Destination.of("features", "25"),
                Destination.of("reserve", "15"),
                Destination.of("rnd", "5")))
        .withPriceDecreaseDestination("price_decrease")
        .withReserve(ReservePolicy.of(eur("0.00"), 3));
  }

  /** One year of accounts with one cost line. */
  static AssociationAccounts accounts(String revenue, String costs, long members, String price) {
    return new AssociationAccounts(
        eur(revenue), List.of(CostLine.of("all", eur(costs))), members, eur(price));
  }

  /** A roster of {@code standard} paying members, {@code contributors} and {@code maintainers}. */
  static List<Membership> roster(int standard, int contributors, int maintainers) {
    List<Membership> roster = new ArrayList<>();
    for (int i = 0; i < standard; i++) {
      roster.add(Membership.standard("member-" + i));
    }
    for (int i = 0; i < contributors; i++) {
      roster.add(Membership.contributor("contributor-" + i));
    }
    for (int i = 0; i < maintainers; i++) {
      roster.add(Membership.maintainer("maintainer-" + i));
    }
    return roster;
  }
}
