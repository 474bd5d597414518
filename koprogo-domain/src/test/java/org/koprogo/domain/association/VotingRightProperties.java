/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

class VotingRightProperties {
  @Test
  void payingMoreNeverTakesTheVoteAwayAndAMaintainerAlwaysVotes() {
    qt().forAll(integers().between(0, 2), integers().between(1, 12), longs().between(0, 100_000),
            longs().between(0, 100_000))
        .checkAssert((r, months, paid, more) -> {
          MembershipRate rate = MembershipRate.values()[r];
          Membership m = new Membership(MemberId.of("m"), rate);
          MembershipPricing pricing = MembershipPricing.at(Money.ofMinor(Money.EUR, 500));
          VotingRight less = VotingRight.of(pricing, m, months, Money.ofMinor(Money.EUR, paid));
          VotingRight most = VotingRight.of(pricing, m, months, Money.ofMinor(Money.EUR, paid + more));

          if (less.votes() && !most.votes()) {
            throw new AssertionError("paying more took the vote away: " + less + " / " + most);
          }
          if (rate == MembershipRate.MAINTAINER && !less.votes()) {
            throw new AssertionError("a maintainer lost the vote: " + less);
          }
          if (rate != MembershipRate.MAINTAINER && less.votes() != (paid >= months * pricing.monthlyFee(m).minorUnits())) {
            throw new AssertionError("the vote does not follow the fee paid: " + less);
          }
        });
  }
}
