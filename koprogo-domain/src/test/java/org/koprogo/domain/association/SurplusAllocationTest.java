/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.association.AssociationFixtures.accounts;
import static org.koprogo.domain.association.AssociationFixtures.eur;
import static org.koprogo.domain.association.AssociationFixtures.missionPlan;
import static org.koprogo.domain.association.AssociationFixtures.missionYear;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class SurplusAllocationTest {

  @Test
  void givesEveryDestinationItsPercentOfTheSurplus() {
    AssociationAccounts year = missionYear();

    SurplusAllocationResult result = SurplusAllocation.allocate(year, missionPlan());

    assertThat(result.surplus()).isEqualTo(eur("72000.00"));
    assertThat(result.allocations())
        .containsExactly(
            java.util.Map.entry("solidarity", eur("21600.00")),
            java.util.Map.entry("price_decrease", eur("18000.00")),
            java.util.Map.entry("features", eur("18000.00")),
            java.util.Map.entry("reserve", eur("10800.00")),
            java.util.Map.entry("rnd", eur("3600.00")));
  }

  @Test
  void lowersThePriceByTheDestinationsSharePerMemberAndMonth() {
    AssociationAccounts year = missionYear();

    SurplusAllocationResult result = SurplusAllocation.allocate(year, missionPlan());

    assertThat(result.priceDecrease().perMemberMonthly()).isEqualTo(eur("1.00"));
    assertThat(result.priceDecrease().newMonthlyPrice()).isEqualTo(eur("4.00"));
  }

  @Test
  void allocatesNothingInADeficit() {
    AssociationAccounts deficit = accounts("1000.00", "1200.00", 10, "8.34");

    SurplusAllocationResult result =
        SurplusAllocation.allocate(
            deficit, SurplusPlan.of(List.of(Destination.of("a", "60"), Destination.of("b", "40"))));

    assertThat(result.surplus()).isEqualTo(eur("-200.00"));
    assertThat(result.allocations().values()).containsOnly(eur("0.00"));
    assertThat(result.marginPercent()).isEqualByComparingTo("-20.00");
  }

  @Test
  void refusesAPriceDecreaseWhenTheMarginIsExactlyTheThreshold() {
    AssociationAccounts quarterMargin = accounts("1000.00", "750.00", 10, "8.34");
    SurplusPlan plan =
        SurplusPlan.of(List.of(Destination.of("pd", "10"), Destination.of("rest", "90")))
            .withPriceDecreaseDestination("pd");

    assertThatThrownBy(() -> SurplusAllocation.allocate(quarterMargin, plan))
        .isInstanceOf(KoproGoException.class)
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.PRICE_DECREASE_NOT_ALLOWED);
  }

  @Test
  void allowsAPriceDecreaseOneCentAboveTheThreshold() {
    AssociationAccounts justAbove = accounts("1000.00", "749.99", 10, "8.34");
    SurplusPlan plan =
        SurplusPlan.of(List.of(Destination.of("pd", "10"), Destination.of("rest", "90")))
            .withPriceDecreaseDestination("pd");

    SurplusAllocationResult result = SurplusAllocation.allocate(justAbove, plan);

    assertThat(result.priceDecreaseEligible()).isTrue();
    assertThat(result.marginPercent()).isEqualByComparingTo("25.00");
    assertThat(result.priceDecrease()).isNotNull();
  }

  @Test
  void neverLowersThePriceBelowTheCostPrice() {
    AssociationAccounts donations = accounts("15000.00", "3000.00", 100, "10.00");
    SurplusPlan allToPrice =
        SurplusPlan.of(List.of(Destination.of("pd", "100"))).withPriceDecreaseDestination("pd");

    SurplusAllocationResult result = SurplusAllocation.allocate(donations, allToPrice);

    assertThat(result.costPricePerMemberMonthly()).isEqualTo(eur("2.50"));
    assertThat(result.priceDecrease().perMemberMonthly()).isEqualTo(eur("10.00"));
    assertThat(result.priceDecrease().newMonthlyPrice()).isEqualTo(eur("2.50"));
  }

  @Test
  void roundsTheCostPriceUpAndThePriceDecreaseDown() {
    AssociationAccounts sevenMembers = accounts("1000.00", "300.00", 7, "12.00");
    SurplusPlan plan =
        SurplusPlan.of(List.of(Destination.of("pd", "10"), Destination.of("other", "90")))
            .withPriceDecreaseDestination("pd");

    SurplusAllocationResult result = SurplusAllocation.allocate(sevenMembers, plan);

    assertThat(result.costPricePerMemberMonthly()).isEqualTo(eur("3.58"));
    assertThat(result.priceDecrease().perMemberMonthly()).isEqualTo(eur("0.83"));
    assertThat(result.priceDecrease().newMonthlyPrice()).isEqualTo(eur("11.17"));
  }

  @Test
  void reportsTheReserveAsNotCoveredWhenItsShareIsBelowTheShortfall() {
    AssociationAccounts year = accounts("30000.00", "21200.00", 500, "5.00");
    SurplusPlan plan =
        SurplusPlan.of(List.of(Destination.of("reserve", "10"), Destination.of("features", "90")))
            .withReserve(ReservePolicy.of(eur("1000.00"), 3));

    SurplusAllocationResult result = SurplusAllocation.allocate(year, plan);

    assertThat(result.reserve().target()).isEqualTo(eur("5300.00"));
    assertThat(result.reserve().shortfall()).isEqualTo(eur("4300.00"));
    assertThat(result.reserve().covered()).isFalse();
  }

  @Test
  void givesTheOddCentToTheFirstOfEqualRemainders() {
    AssociationAccounts oneCent = accounts("1000.00", "999.99", 3, "27.78");

    SurplusAllocationResult result =
        SurplusAllocation.allocate(
            oneCent, SurplusPlan.of(List.of(Destination.of("a", "50"), Destination.of("b", "50"))));

    assertThat(result.allocationOf("a")).isEqualTo(eur("0.01"));
    assertThat(result.allocationOf("b")).isEqualTo(eur("0.00"));
  }

  @Test
  void refusesPercentsThatDoNotAddUpToExactlyOneHundred() {
    List<Destination> thirds =
        List.of(Destination.of("a", "33.333"), Destination.of("b", "33.333"), Destination.of("c", "33.333"));

    assertThatThrownBy(() -> SurplusPlan.of(thirds))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.PERCENTS_NOT_100);
  }

  @Test
  void refusesAReserveFedByADestinationThatIsNotListed() {
    SurplusPlan plan = SurplusPlan.of(List.of(Destination.of("features", "100")));

    assertThatThrownBy(() -> plan.withReserve(ReservePolicy.of(eur("0.00"), 3)))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.UNKNOWN_DESTINATION);
  }

  @Test
  void refusesADestinationListedTwice() {
    List<Destination> twice = List.of(Destination.of("a", "50"), Destination.of("a", "50"));

    assertThatThrownBy(() -> SurplusPlan.of(twice))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.DUPLICATE_DESTINATION);
  }

  @Test
  void refusesANegativePercentAndANegativeThreshold() {
    assertThatThrownBy(() -> Destination.of("a", "-1"))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.NEGATIVE_PERCENT);
    SurplusPlan plan = SurplusPlan.of(List.of(Destination.of("a", "100")));
    assertThatThrownBy(() -> plan.withThresholdPercent(new BigDecimal("-0.01")))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.NEGATIVE_PERCENT);
  }

  @Test
  void refusesAccountsWithoutRevenueOrMembers() {
    assertThatThrownBy(() -> accounts("0.00", "0.00", 1, "5.00"))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.NONPOSITIVE_REVENUE);
    assertThatThrownBy(() -> accounts("1.00", "0.00", 0, "5.00"))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.NONPOSITIVE_MEMBERS);
  }
}
