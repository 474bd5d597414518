/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.association.AssociationFixtures.eur;
import static org.koprogo.domain.association.AssociationFixtures.roster;

import org.junit.jupiter.api.Test;

class MembershipPricingTest {

  @Test
  void chargesAContributorHalfAndAMaintainerNothing() {
    MembershipPricing pricing = MembershipPricing.at(eur("5.00"));

    assertThat(pricing.monthlyFee(MembershipRate.STANDARD)).isEqualTo(eur("5.00"));
    assertThat(pricing.monthlyFee(MembershipRate.CONTRIBUTOR)).isEqualTo(eur("2.50"));
    assertThat(pricing.monthlyFee(MembershipRate.MAINTAINER)).isEqualTo(eur("0.00"));
  }

  @Test
  void roundsAHalfCentDiscountInTheMembersFavour() {
    MembershipPricing pricing = MembershipPricing.at(eur("4.99"));

    assertThat(pricing.monthlyFee(MembershipRate.CONTRIBUTOR)).isEqualTo(eur("2.49"));
  }

  @Test
  void addsUpTheFeesOfTheWholeRoster() {
    MembershipPricing pricing = MembershipPricing.at(eur("5.00"));

    assertThat(pricing.monthlyRevenue(roster(10, 4, 2))).isEqualTo(eur("60.00"));
    assertThat(pricing.yearlyRevenue(roster(10, 4, 2))).isEqualTo(eur("720.00"));
  }
}
