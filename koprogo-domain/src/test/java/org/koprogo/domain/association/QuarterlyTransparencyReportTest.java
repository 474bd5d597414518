/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.association.AssociationFixtures.eur;
import static org.koprogo.domain.association.AssociationFixtures.roster;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class QuarterlyTransparencyReportTest {

  private static final List<CostLine> Q1_COSTS =
      List.of(
          CostLine.of("infrastructure", eur("540.00")),
          CostLine.of("staff", eur("3960.00")),
          CostLine.of("infrastructure", eur("60.00")));

  @Test
  void computesTheRevenueFromTheRosterAndThePrice() {
    List<Membership> members = roster(1480, 10, 10);

    QuarterlyTransparencyReport report =
        QuarterlyTransparencyReport.of(
            Quarter.of(2026, 1), members, Q1_COSTS, MembershipPricing.at(eur("5.00")));

    assertThat(report.members()).isEqualTo(1500);
    assertThat(report.membersByRate())
        .containsEntry(MembershipRate.STANDARD, 1480L)
        .containsEntry(MembershipRate.CONTRIBUTOR, 10L)
        .containsEntry(MembershipRate.MAINTAINER, 10L);
    assertThat(report.revenue()).isEqualTo(eur("22275.00"));
  }

  @Test
  void addsUpTheCostsByCategory() {
    QuarterlyTransparencyReport report =
        QuarterlyTransparencyReport.of(
            Quarter.of(2026, 1), roster(1500, 0, 0), Q1_COSTS, MembershipPricing.at(eur("5.00")));

    assertThat(report.costsByCategory())
        .containsExactly(
            java.util.Map.entry("infrastructure", eur("600.00")),
            java.util.Map.entry("staff", eur("3960.00")));
    assertThat(report.totalCosts()).isEqualTo(eur("4560.00"));
  }

  @Test
  void reportsTheCostPriceSurplusAndMarginOfTheQuarter() {
    QuarterlyTransparencyReport report =
        QuarterlyTransparencyReport.of(
            Quarter.of(2026, 1), roster(1500, 0, 0), Q1_COSTS, MembershipPricing.at(eur("5.00")));

    assertThat(report.revenue()).isEqualTo(eur("22500.00"));
    assertThat(report.costPricePerMemberMonthly()).isEqualTo(eur("1.02"));
    assertThat(report.surplus()).isEqualTo(eur("17940.00"));
    assertThat(report.marginPercent()).isEqualByComparingTo("79.73");
    assertThat(report.priceCoversCostPrice()).isTrue();
  }

  @Test
  void hasNoMarginWhenNothingWasCollected() {
    QuarterlyTransparencyReport report =
        QuarterlyTransparencyReport.of(
            Quarter.of(2026, 2),
            roster(0, 0, 3),
            List.of(CostLine.of("hosting", eur("30.00"))),
            MembershipPricing.at(eur("5.00")));

    assertThat(report.revenue()).isEqualTo(eur("0.00"));
    assertThat(report.margin()).isEmpty();
    assertThat(report.surplus()).isEqualTo(eur("-30.00"));
    assertThat(report.costPricePerMemberMonthly()).isEqualTo(eur("3.34"));
  }

  @Test
  void refusesAReportWithoutMembers() {
    assertThatThrownBy(
            () ->
                QuarterlyTransparencyReport.of(
                    Quarter.of(2026, 1), List.of(), Q1_COSTS, MembershipPricing.at(eur("5.00"))))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.NONPOSITIVE_MEMBERS);
  }

  @Test
  void findsTheQuarterOfADate() {
    Quarter quarter = Quarter.containing(LocalDate.of(2026, 8, 31));

    assertThat(quarter).isEqualTo(Quarter.of(2026, 3));
    assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(quarter.next().next()).isEqualTo(Quarter.of(2027, 1));
  }
}
