/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract.community;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.bazaar.BazaarOffer;
import org.koprogo.domain.community.bazaar.BazaarStatus;
import org.koprogo.domain.community.bazaar.OfferKind;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.exchange.ExchangeId;
import org.koprogo.domain.community.exchange.ExchangeStatus;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.lending.Deposit;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.LoanStatus;
import org.koprogo.domain.community.notices.Notice;
import org.koprogo.domain.community.notices.NoticeKind;
import org.koprogo.domain.community.skills.SkillListing;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.community.CommunityBuilding;

/** Community aggregates for the contract: one with something in every module. */
public final class CommunityStoreFixtures {
  private CommunityStoreFixtures() {}

  public static final NeighbourId ANNA = NeighbourId.of("anna");
  public static final NeighbourId BRAM = NeighbourId.of("bram");
  public static final NeighbourId CHAIR = NeighbourId.of("chair");
  public static final Instant T0 = PortsFixtures.T0;

  /** A building's community with every module on and one of everything. */
  public static CommunityBuilding everything(OrganisationId org, String building) {
    CommunitySettings settings =
        new CommunitySettings(BuildingId.of(building), Set.of(CHAIR), EnumSet.allOf(CommunityModule.class));
    return new CommunityBuilding(
        org, settings, Set.of(ANNA, BRAM, CHAIR), TimeCredits.ofMinutes(-600), Duration.ofDays(14),
        List.of(
            new Exchange(ExchangeId.of("x1"), "Fix a bike", ANNA, BRAM, TimeCredits.ofMinutes(90), ExchangeStatus.DONE,
                true, true, Map.of(ANNA, 5, BRAM, 4)),
            new Exchange(ExchangeId.of("x2"), "Dutch conversation", null, BRAM, TimeCredits.ofMinutes(60),
                ExchangeStatus.OFFERED, false, false, Map.of())),
        List.of(
            new LendableObject("drill", ANNA, "Bosch drill", Condition.GOOD, new Deposit.InMoney(Money.ofMinor(Money.EUR, 2000))),
            new LendableObject("ladder", BRAM, "Ladder, 3 m", Condition.WORN, new Deposit.InCredits(TimeCredits.ofMinutes(120))),
            new LendableObject("raclette", CHAIR, "Raclette set", Condition.NEW, null)),
        List.of(
            new Loan("l1", "drill", BRAM, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"), LoanStatus.RETURNED,
                Condition.GOOD, Condition.FAIR),
            new Loan("l2", "drill", CHAIR, LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-09"), LoanStatus.BOOKED,
                null, null)),
        List.of(
            new BazaarOffer("o1", ANNA, OfferKind.GIFT, "Children's books", T0, T0.plus(Duration.ofDays(14)),
                BazaarStatus.RESERVED, BRAM)),
        List.of(new SkillListing(ANNA, "plumbing", T0), new SkillListing(BRAM, "Dutch lessons", null)),
        List.of(
            new Notice("n1", BRAM, NoticeKind.LOST_AND_FOUND, "Keys found", "By the letter boxes", T0,
                T0.plus(Duration.ofDays(7)), CHAIR, "solved"),
            new Notice("n2", ANNA, NoticeKind.EVENT, "Garden party", "Saturday at 4", T0, T0.plus(Duration.ofDays(3)),
                null, null)),
        0);
  }

  /** A building's community with every module off and nothing in it. */
  public static CommunityBuilding empty(OrganisationId org, String building) {
    return CommunityBuilding.empty(
        org, CommunitySettings.allOff(BuildingId.of(building), Set.of(CHAIR)), Set.of(ANNA, BRAM, CHAIR), null,
        Duration.ofDays(30));
  }
}
