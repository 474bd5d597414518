/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.BUILDING;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.ORG;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.allOn;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.world;
import static org.koprogo.ports.contract.PortsFixtures.assertRefusedNaming;
import static org.koprogo.ports.contract.PortsFixtures.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.ports.in.community.KeepNoticeBoard;
import org.koprogo.ports.in.community.KeepSkillsDirectory;
import org.koprogo.ports.in.community.LendObjects;
import org.koprogo.ports.in.community.ManageCommunity;
import org.koprogo.ports.in.community.RunLocalExchange;
import org.koprogo.ports.in.community.RunSwapBazaar;
import org.koprogo.domain.community.bazaar.BazaarStatus;

/**
 * The community in-ports' client bodies (what a client sends, which a host binds as it is) become
 * their commands with the tenant, the building, the path's ids and the caller, and with the
 * defaults a host used to apply itself: a new id when the client names none (or a blank one), no
 * neighbours, the caller as the council member recording a switch, no stars, an empty text or
 * search. What the client got wrong is refused by the use case with a code naming the field.
 */
class CommunityClientBodiesTest {
  private static final LocalDate DAY = LocalDate.parse("2026-03-02");
  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void aSetUpHasNoNeighboursAndASwitchIsRecordedByTheCallerUnlessTheClientSaysOtherwise() {
    List<Object> seen = new ArrayList<>();
    ManageCommunity manage = recording(ManageCommunity.class, seen);

    manage.setUp(ORG, "B1", new ManageCommunity.People(List.of("chair"), null, null, null), "syndic");
    manage.setUp(ORG, "B1", new ManageCommunity.People(List.of("chair"), List.of("anna"), "-10", 20), "syndic");
    manage.switchModule(ORG, "B1", "NOTICE_BOARD", new ManageCommunity.Decision(true, "minutes 4", null), "chair",
        "council@x");
    manage.switchModule(ORG, "B1", "NOTICE_BOARD", new ManageCommunity.Decision(false, "minutes 5", "vice"), "chair",
        "council@x");

    assertThat(seen).containsExactly(
        new ManageCommunity.SetUp(ORG, "B1", List.of("chair"), List.of(), null, null, "syndic"),
        new ManageCommunity.SetUp(ORG, "B1", List.of("chair"), List.of("anna"), "-10", 20, "syndic"),
        new ManageCommunity.Switch(ORG, "B1", "NOTICE_BOARD", true, "chair", "minutes 4", "council@x"),
        new ManageCommunity.Switch(ORG, "B1", "NOTICE_BOARD", false, "vice", "minutes 5", "council@x"));
    ManageCommunity real = world().useCases().manage();
    assertRefusedNaming(() -> real.setUp(ORG, BUILDING, new ManageCommunity.People(null, null, null, null), "syndic"),
        ErrorCode.VALIDATION_FAILED, "council");
    assertRefusedNaming(() -> real.switchModule(ORG, BUILDING, "NOTICE_BOARD",
        new ManageCommunity.Decision(null, "minutes 4", null), "chair", "syndic"), ErrorCode.VALIDATION_FAILED, "on");
  }

  @Test
  void aProposalGetsANewIdAndARatingWithoutStarsHasNone() {
    List<Object> seen = new ArrayList<>();
    RunLocalExchange exchange = recording(RunLocalExchange.class, seen);

    exchange.propose(ORG, "B1", "anna", new RunLocalExchange.NewProposal(null, true, "Bike repair", "1.5"));
    exchange.propose(ORG, "B1", "anna", new RunLocalExchange.NewProposal(" ", false, "Ironing", "1"));
    exchange.propose(ORG, "B1", "anna", new RunLocalExchange.NewProposal("x-1", true, "Bike repair", "2"));
    exchange.rate(ORG, "B1", "x-1", "bram", new RunLocalExchange.Stars(null));
    exchange.rate(ORG, "B1", "x-1", "bram", new RunLocalExchange.Stars(4));

    RunLocalExchange.Proposal first = (RunLocalExchange.Proposal) seen.get(0);
    RunLocalExchange.Proposal second = (RunLocalExchange.Proposal) seen.get(1);
    assertThat(first.exchange()).isNotBlank();
    assertThat(second.exchange()).isNotBlank().isNotEqualTo(first.exchange());
    assertThat(seen).containsExactly(
        new RunLocalExchange.Proposal(ORG, "B1", first.exchange(), "anna", true, "Bike repair", "1.5"),
        new RunLocalExchange.Proposal(ORG, "B1", second.exchange(), "anna", false, "Ironing", "1"),
        new RunLocalExchange.Proposal(ORG, "B1", "x-1", "anna", true, "Bike repair", "2"),
        new RunLocalExchange.Rating(ORG, "B1", "x-1", "bram", 0),
        new RunLocalExchange.Rating(ORG, "B1", "x-1", "bram", 4));
    RunLocalExchange real = allOn().useCases().localExchange();
    assertRefusedNaming(() -> real.propose(ORG, BUILDING, "anna",
        new RunLocalExchange.NewProposal(null, true, null, "1")), ErrorCode.VALIDATION_FAILED, "service");
  }

  @Test
  void anObjectAndABookingGetNewIdsAndAStepTheConditionNoted() {
    List<Object> seen = new ArrayList<>();
    LendObjects lending = recording(LendObjects.class, seen);

    lending.list(ORG, "B1", "anna", new LendObjects.NewListing(null, "Drill", "GOOD", "20.00", null, null));
    lending.list(ORG, "B1", "anna", new LendObjects.NewListing("ladder", "Ladder", "WORN", null, null, "2"));
    lending.book(ORG, "B1", "bram", new LendObjects.NewBooking(null, "ladder", DAY, DAY.plusDays(2)));
    lending.handOver(ORG, "B1", "l-1", new LendObjects.ConditionNoted("WORN"));
    lending.giveBack(ORG, "B1", "l-1", new LendObjects.ConditionNoted("DAMAGED"));

    LendObjects.NewObject drill = (LendObjects.NewObject) seen.get(0);
    LendObjects.Booking booking = (LendObjects.Booking) seen.get(2);
    assertThat(drill.object()).isNotBlank();
    assertThat(booking.loan()).isNotBlank();
    assertThat(seen).containsExactly(
        new LendObjects.NewObject(ORG, "B1", drill.object(), "anna", "Drill", "GOOD", "20.00", null, null),
        new LendObjects.NewObject(ORG, "B1", "ladder", "anna", "Ladder", "WORN", null, null, "2"),
        new LendObjects.Booking(ORG, "B1", booking.loan(), "ladder", "bram", DAY, DAY.plusDays(2)),
        new LendObjects.LoanStep(ORG, "B1", "l-1", "WORN"),
        new LendObjects.LoanStep(ORG, "B1", "l-1", "DAMAGED"));
    LendObjects real = allOn().useCases().lending();
    assertRefusedNaming(() -> real.list(ORG, BUILDING, "anna",
        new LendObjects.NewListing(null, "Drill", "BROKEN", null, null, null)), ErrorCode.VALIDATION_FAILED, "condition");
    real.list(ORG, BUILDING, "anna", new LendObjects.NewListing("drill", "Drill", "GOOD", null, null, null));
    assertRefusedNaming(() -> real.book(ORG, BUILDING, "bram",
        new LendObjects.NewBooking(null, "drill", null, DAY)), ErrorCode.VALIDATION_FAILED, "from");
  }

  @Test
  void anOfferGetsANewId() {
    List<Object> seen = new ArrayList<>();
    RunSwapBazaar bazaar = recording(RunSwapBazaar.class, seen);

    bazaar.publish(ORG, "B1", "anna", new RunSwapBazaar.Offering(null, "GIFT", "Children's books"));
    bazaar.publish(ORG, "B1", "anna", new RunSwapBazaar.Offering("o-1", "SWAP", "Lamp"));

    RunSwapBazaar.NewOffer first = (RunSwapBazaar.NewOffer) seen.get(0);
    assertThat(first.offer()).isNotBlank();
    assertThat(seen).containsExactly(
        new RunSwapBazaar.NewOffer(ORG, "B1", first.offer(), "anna", "GIFT", "Children's books"),
        new RunSwapBazaar.NewOffer(ORG, "B1", "o-1", "anna", "SWAP", "Lamp"));
    RunSwapBazaar real = allOn().useCases().bazaar();
    assertRefusedNaming(() -> real.publish(ORG, BUILDING, "anna", new RunSwapBazaar.Offering(null, "LOAN", "Lamp")),
        ErrorCode.VALIDATION_FAILED, "kind");
  }

  @Test
  void aStepNamedByTheClientIsTheUseCaseOfThatNameAndAnotherNameIsNotFound() {
    RunSwapBazaar bazaar = allOn().useCases().bazaar();
    bazaar.publish(ORG, BUILDING, "anna", new RunSwapBazaar.Offering("o-1", "GIFT", "Books"));

    var reserved = bazaar.step("reserve", new RunSwapBazaar.OfferStep(ORG, BUILDING, "o-1", "bram"));
    var released = bazaar.step("release", new RunSwapBazaar.OfferStep(ORG, BUILDING, "o-1", "bram"));
    var withdrawn = bazaar.step("withdraw", new RunSwapBazaar.OfferStep(ORG, BUILDING, "o-1", "anna"));

    assertThat(reserved.reservedBy().value()).isEqualTo("bram");
    assertThat(released.reservedBy()).isNull();
    assertThat(List.of(reserved.status(), released.status(), withdrawn.status()))
        .containsExactly(BazaarStatus.RESERVED, BazaarStatus.AVAILABLE, BazaarStatus.WITHDRAWN);
    assertThat(assertRefusedNaming(() -> bazaar.step("steal", new RunSwapBazaar.OfferStep(ORG, BUILDING, "o-1", "bram")),
        ErrorCode.NOT_FOUND, null).details()).containsEntry("value", "steal");
  }

  @Test
  void aSkillIsTheCallersAndASearchWithoutTextFindsEverySkill() {
    List<Object> seen = new ArrayList<>();
    KeepSkillsDirectory skills = recording(KeepSkillsDirectory.class, seen);

    skills.add(ORG, "B1", "anna", new KeepSkillsDirectory.OwnSkill("Plumbing", true));
    skills.search(ORG, "B1", "bram", null);
    skills.search(ORG, "B1", "bram", "plumb");

    assertThat(seen).containsExactly(
        new KeepSkillsDirectory.NewSkill(ORG, "B1", "anna", "Plumbing", true),
        new KeepSkillsDirectory.Search(ORG, "B1", "bram", ""),
        new KeepSkillsDirectory.Search(ORG, "B1", "bram", "plumb"));
    KeepSkillsDirectory real = allOn().useCases().skills();
    assertRefusedNaming(() -> real.add(ORG, BUILDING, "anna", new KeepSkillsDirectory.OwnSkill("Plumbing", null)),
        ErrorCode.VALIDATION_FAILED, "consent");
  }

  @Test
  void aNoticeGetsANewIdAndAnEmptyTextAndAHidingItsReason() {
    List<Object> seen = new ArrayList<>();
    KeepNoticeBoard board = recording(KeepNoticeBoard.class, seen);

    board.post(ORG, "B1", "anna", new KeepNoticeBoard.Posting(null, "EVENT", "Garden party", null, LATER));
    board.post(ORG, "B1", "anna", new KeepNoticeBoard.Posting("n-1", "CHILDCARE", "Babysitting", "Wednesdays", LATER));
    board.hide(ORG, "B1", "n-1", "chair", new KeepNoticeBoard.HidingReason("commercial advertising"));

    KeepNoticeBoard.NewNotice first = (KeepNoticeBoard.NewNotice) seen.get(0);
    assertThat(first.notice()).isNotBlank();
    assertThat(seen).containsExactly(
        new KeepNoticeBoard.NewNotice(ORG, "B1", first.notice(), "anna", "EVENT", "Garden party", "", LATER),
        new KeepNoticeBoard.NewNotice(ORG, "B1", "n-1", "anna", "CHILDCARE", "Babysitting", "Wednesdays", LATER),
        new KeepNoticeBoard.Hiding(ORG, "B1", "n-1", "chair", "commercial advertising"));
    KeepNoticeBoard real = allOn().useCases().notices();
    assertRefusedNaming(() -> real.post(ORG, BUILDING, "anna",
        new KeepNoticeBoard.Posting(null, "PARTY", "Garden party", null, LATER)), ErrorCode.VALIDATION_FAILED, "kind");
    real.post(ORG, BUILDING, "anna", new KeepNoticeBoard.Posting("n-1", "EVENT", "Garden party", null, LATER));
    assertRefusedNaming(() -> real.hide(ORG, BUILDING, "n-1", "chair", new KeepNoticeBoard.HidingReason(" ")),
        ErrorCode.VALIDATION_FAILED, "reason");
  }
}
