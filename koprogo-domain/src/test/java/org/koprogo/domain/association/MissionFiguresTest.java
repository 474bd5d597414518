/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.association.AssociationFixtures.eur;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

/**
 * The mission document's tables contain arithmetic that does not add up; the library computes
 * every figure from its inputs. These tests recompute the mission's figures from members, prices
 * and costs, never copying a total from the document.
 */
class MissionFiguresTest {
  private static final MembershipPricing FIVE_EUROS = MembershipPricing.at(eur("5.00"));

  @Test
  void recomputesOneHundredCoOwnershipsAtFiveEurosAsSixThousandAYear() {
    Money yearly = FIVE_EUROS.yearlyRevenue(100);

    assertThat(yearly).isEqualTo(eur("6000.00"));
    assertThat(yearly).isNotEqualTo(eur("60000.00"));
  }

  @Test
  void recomputesTheRevenueOfEveryScaleFromMembersTimesPriceTimesTwelve() {
    for (long members : List.of(100L, 500L, 1500L, 5000L)) {
      assertThat(FIVE_EUROS.yearlyRevenue(members))
          .isEqualTo(eur("5.00").times(members).times(12));
    }
    assertThat(FIVE_EUROS.yearlyRevenue(1500)).isEqualTo(eur("90000.00"));
  }

  @Test
  void recomputesTheParticipatoryBudgetFromTheCosts() {
    AssociationAccounts year =
        new AssociationAccounts(
            FIVE_EUROS.yearlyRevenue(1500),
            List.of(
                CostLine.of("infrastructure", eur("180.00").times(12)),
                CostLine.of("staff", eur("1320.00").times(12))),
            1500,
            eur("5.00"));

    SurplusAllocationResult result = SurplusAllocation.allocate(year, AssociationFixtures.missionPlan());

    assertThat(year.totalCosts()).isEqualTo(eur("18000.00"));
    assertThat(result.surplus()).isEqualTo(eur("72000.00"));
    assertThat(result.marginPercent()).isEqualByComparingTo("80.00");
    assertThat(result.costPricePerMemberMonthly()).isEqualTo(eur("1.00"));
  }
}
