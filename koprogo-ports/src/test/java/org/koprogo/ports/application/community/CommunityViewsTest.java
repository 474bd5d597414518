/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.BUILDING;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.ORG;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.REF;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.allOn;

import jakarta.annotation.Nullable;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.application.community.CommunityUseCaseFixtures.World;
import org.koprogo.ports.in.community.CommunityViews;
import org.koprogo.ports.in.community.KeepNoticeBoard;
import org.koprogo.ports.in.community.LendObjects;
import org.koprogo.ports.in.community.RunLocalExchange;
import org.koprogo.ports.in.community.RunSwapBazaar;

/**
 * The community's read models: each built from what a use case returned, with the values a
 * client shows, and a null only in a field that says it may be null ({@code @Nullable}: a host's
 * API document promises the others are always set).
 */
class CommunityViewsTest {
  @Test
  void anOfferAndARequestLeaveOutTheOtherPartyUntilAccepted() {
    RunLocalExchange bank = allOn().useCases().localExchange();
    var offer = CommunityViews.of(
        bank.propose(new RunLocalExchange.Proposal(ORG, BUILDING, "x1", "anna", true, "Bike repair", "1.5")));
    var request = CommunityViews.of(
        bank.propose(new RunLocalExchange.Proposal(ORG, BUILDING, "x2", "bram", false, "Ironing", "2")));
    var accepted = CommunityViews.of(bank.accept(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram")));

    assertThat(offer.provider()).isEqualTo("anna");
    assertThat(offer.receiver()).isNull();
    assertThat(offer.hours()).isEqualTo("1.5");
    assertThat(request.provider()).isNull();
    assertThat(request.receiver()).isEqualTo("bram");
    assertThat(accepted.receiver()).isEqualTo("bram");
    assertThat(accepted.status()).isEqualTo("ACCEPTED");
    assertThat(List.of(offer, request, accepted)).allSatisfy(CommunityViewsTest::nullOnlyWhereNullable);
  }

  @Test
  void aDepositIsInMoneyInHoursOrNone() {
    LendObjects lending = allOn().useCases().lending();
    var money = CommunityViews.of(
        lending.list(new LendObjects.NewObject(ORG, BUILDING, "drill", "anna", "Drill", "GOOD", "20.00", null, null)));
    var hours = CommunityViews.of(
        lending.list(new LendObjects.NewObject(ORG, BUILDING, "ladder", "anna", "Ladder", "GOOD", null, null, "2")));
    var none = CommunityViews.of(
        lending.list(new LendObjects.NewObject(ORG, BUILDING, "saw", "bram", "Saw", "WORN", null, null, null)));

    assertThat(List.of(money.depositAmount(), money.depositCurrency())).containsExactly("20.00", "EUR");
    assertThat(money.depositHours()).isNull();
    assertThat(hours.depositHours()).isEqualTo("2");
    assertThat(hours.depositAmount()).isNull();
    assertThat(List.of(none.depositAmount() == null, none.depositCurrency() == null, none.depositHours() == null))
        .containsOnly(true);
    assertThat(List.of(money, hours, none)).allSatisfy(CommunityViewsTest::nullOnlyWhereNullable);
  }

  @Test
  void aLoanShowsItsConditionsOnceKnownAndAReminderItsDay() {
    World w = allOn();
    LendObjects lending = w.useCases().lending();
    lending.list(new LendObjects.NewObject(ORG, BUILDING, "drill", "anna", "Drill", "GOOD", null, null, null));
    var booked = CommunityViews.of(lending.book(new LendObjects.Booking(
        ORG, BUILDING, "l1", "drill", "bram", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-03"))));
    var handedOver = CommunityViews.of(lending.handOver(new LendObjects.LoanStep(ORG, BUILDING, "l1", "GOOD")));
    var reminder = CommunityViews.of(lending.remindersDue(REF).get(0));
    var returned = CommunityViews.of(lending.giveBack(new LendObjects.LoanStep(ORG, BUILDING, "l1", "WORN")));

    assertThat(booked.conditionAtHandover()).isNull();
    assertThat(List.of(booked.from(), booked.until())).containsExactly("2026-03-01", "2026-03-03");
    assertThat(handedOver.conditionAtHandover()).isEqualTo("GOOD");
    assertThat(handedOver.conditionAtReturn()).isNull();
    assertThat(returned.conditionAtReturn()).isEqualTo("WORN");
    assertThat(reminder.returnDate()).isEqualTo("2026-03-03");
    assertThat(List.of(booked, handedOver, reminder, returned)).allSatisfy(CommunityViewsTest::nullOnlyWhereNullable);
  }

  @Test
  void anOfferNamesWhoReservedItAndAHiddenNoticeWhoHidItAndWhy() {
    World w = allOn();
    RunSwapBazaar bazaar = w.useCases().bazaar();
    var published = CommunityViews.of(
        bazaar.publish(new RunSwapBazaar.NewOffer(ORG, BUILDING, "o1", "anna", "GIFT", "Books")), w.clock().now());
    var reserved = CommunityViews.of(
        bazaar.reserve(new RunSwapBazaar.OfferStep(ORG, BUILDING, "o1", "bram")), w.clock().now());
    KeepNoticeBoard board = w.useCases().notices();
    var posted = CommunityViews.of(board.post(new KeepNoticeBoard.NewNotice(
        ORG, BUILDING, "n1", "anna", "EVENT", "Party", "Saturday", w.clock().now().plus(Duration.ofDays(3)))));
    var hidden = CommunityViews.of(board.hide(new KeepNoticeBoard.Hiding(ORG, BUILDING, "n1", "chair", "advertising")));

    assertThat(published.reservedBy()).isNull();
    assertThat(reserved.reservedBy()).isEqualTo("bram");
    assertThat(List.of(posted.hiddenBy() == null, posted.hiddenReason() == null)).containsOnly(true);
    assertThat(List.of(hidden.hiddenBy(), hidden.hiddenReason())).containsExactly("chair", "advertising");
    assertThat(List.of(published, reserved, posted, hidden)).allSatisfy(CommunityViewsTest::nullOnlyWhereNullable);
  }

  @Test
  void theImpactCountsWhatWasDone() {
    World w = allOn();
    RunLocalExchange bank = w.useCases().localExchange();
    bank.propose(new RunLocalExchange.Proposal(ORG, BUILDING, "x1", "anna", true, "Bike repair", "1.5"));
    bank.accept(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram"));
    bank.confirm(new RunLocalExchange.Step(ORG, BUILDING, "x1", "anna"));
    var done = CommunityViews.of(bank.confirm(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram")));

    var impact = CommunityViews.of(w.useCases().impact().ofBuilding(REF));

    assertThat(done.status()).isEqualTo("DONE");
    assertThat(done.ratings()).isEqualTo(Map.of());
    assertThat(impact.exchangesCompleted()).isEqualTo(1);
    assertThat(impact.hoursExchanged()).isEqualTo("1.5");
  }

  /** Every component of {@code view} that is null is annotated {@code @Nullable}. */
  private static void nullOnlyWhereNullable(Record view) {
    List<String> unannotatedNulls = new ArrayList<>();
    for (RecordComponent c : view.getClass().getRecordComponents()) {
      try {
        if (c.getAccessor().invoke(view) == null && !c.isAnnotationPresent(Nullable.class)) {
          unannotatedNulls.add(view.getClass().getSimpleName() + "." + c.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    assertThat(unannotatedNulls).isEmpty();
  }
}
