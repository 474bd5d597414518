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
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.switchOf;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.world;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunityImpact;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.bazaar.BazaarStatus;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.exchange.ExchangeStatus;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.lending.Deposit;
import org.koprogo.domain.community.lending.LoanStatus;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.community.CommunityUseCaseFixtures.World;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.KeepNoticeBoard;
import org.koprogo.ports.in.community.KeepSkillsDirectory;
import org.koprogo.ports.in.community.LendObjects;
import org.koprogo.ports.in.community.ManageCommunity;
import org.koprogo.ports.in.community.ReportCommunityImpact;
import org.koprogo.ports.in.community.RunLocalExchange;
import org.koprogo.ports.in.community.RunSwapBazaar;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.community.CommunityBuilding;
import org.koprogo.ports.out.community.CommunityBuildings;
import org.koprogo.ports.out.community.CommunityStore;

class CommunityUseCasesTest {

  @Test
  void aModuleSwitchedOffRefusesEveryActionAndEveryReadOfIt() {
    World w = allOn();
    CommunityUseCases u = w.useCases();
    u.lending().list(new LendObjects.NewObject(ORG, BUILDING, "drill", "anna", "Drill", "GOOD", null, null, null));
    for (CommunityModule m : CommunityModule.values()) {
      u.manage().switchModule(switchOf(m, false));
    }

    List<ThrowingCallable> calls = List.of(
        () -> u.localExchange().propose(new RunLocalExchange.Proposal(ORG, BUILDING, "x1", "anna", true, "Bike repair", "1")),
        () -> u.localExchange().accept(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram")),
        () -> u.localExchange().confirm(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram")),
        () -> u.localExchange().cancel(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram")),
        () -> u.localExchange().rate(new RunLocalExchange.Rating(ORG, BUILDING, "x1", "bram", 5)),
        () -> u.localExchange().exchanges(REF),
        () -> u.localExchange().balances(REF),
        () -> u.lending().list(new LendObjects.NewObject(ORG, BUILDING, "ladder", "anna", "Ladder", "GOOD", null, null, null)),
        () -> u.lending().book(booking("l1", "drill", "bram", "2026-03-02", "2026-03-03")),
        () -> u.lending().handOver(new LendObjects.LoanStep(ORG, BUILDING, "l1", "GOOD")),
        () -> u.lending().giveBack(new LendObjects.LoanStep(ORG, BUILDING, "l1", "GOOD")),
        () -> u.lending().cancel(new LendObjects.LoanStep(ORG, BUILDING, "l1", null)),
        () -> u.lending().objects(REF),
        () -> u.lending().loans(REF),
        () -> u.lending().remindersDue(REF),
        () -> u.bazaar().publish(new RunSwapBazaar.NewOffer(ORG, BUILDING, "o1", "anna", "GIFT", "Books")),
        () -> u.bazaar().reserve(new RunSwapBazaar.OfferStep(ORG, BUILDING, "o1", "bram")),
        () -> u.bazaar().release(new RunSwapBazaar.OfferStep(ORG, BUILDING, "o1", "bram")),
        () -> u.bazaar().handOver(new RunSwapBazaar.OfferStep(ORG, BUILDING, "o1", "anna")),
        () -> u.bazaar().withdraw(new RunSwapBazaar.OfferStep(ORG, BUILDING, "o1", "anna")),
        () -> u.bazaar().available(REF),
        () -> u.skills().add(new KeepSkillsDirectory.NewSkill(ORG, BUILDING, "anna", "plumbing", true)),
        () -> u.skills().withdrawConsent(new KeepSkillsDirectory.Withdrawal(ORG, BUILDING, "anna")),
        () -> u.skills().search(new KeepSkillsDirectory.Search(ORG, BUILDING, "bram", "")),
        () -> u.notices().post(notice("n1", "anna", Duration.ofDays(2))),
        () -> u.notices().hide(new KeepNoticeBoard.Hiding(ORG, BUILDING, "n1", "chair", "spam")),
        () -> u.notices().visible(new KeepNoticeBoard.Listing(ORG, BUILDING, null)));

    for (ThrowingCallable call : calls) {
      assertRefused(call, ErrorCode.MODULE_DISABLED);
    }
    assertThat(w.community().buildings().get(PortsFixtures.ACME, BuildingId.of(BUILDING)).objects()).hasSize(1);
  }

  @Test
  void aSwitchIsRecordedInTheAuditTrailWithTheCouncilsDecision() {
    World w = world();

    ManageCommunity.Settings settings = w.useCases().manage().switchModule(switchOf(CommunityModule.NOTICE_BOARD, true));

    assertThat(settings.enabled()).containsExactly("NOTICE_BOARD");
    AuditTrail.AuditEntry last = lastAuditEntry(w);
    assertThat(last.event().action()).isEqualTo("CommunityModuleSwitched");
    assertThat(last.event().actor()).isEqualTo("syndic");
    assertThat(last.event().subjectId()).isEqualTo(BUILDING);
    assertThat(last.event().details())
        .containsEntry("module", "NOTICE_BOARD")
        .containsEntry("on", "true")
        .containsEntry("decidedBy", "chair")
        .containsEntry("decisionReference", "council minutes 2026-02-12 item 4");
  }

  @Test
  void someoneOffTheCouncilCannotSwitchAndNothingIsRecorded() {
    World w = world();
    int entries = auditEntries(w).size();

    assertRefused(
        () -> w.useCases().manage().switchModule(
            new ManageCommunity.Switch(ORG, BUILDING, "LOCAL_EXCHANGE", true, "anna", "none", "anna")),
        ErrorCode.NOT_COUNCIL_MEMBER);

    assertThat(auditEntries(w)).hasSize(entries);
    assertThat(w.useCases().manage().settings(REF).enabled()).isEmpty();
  }

  @Test
  void anotherOrganisationNeitherSetsUpNorReadsTheBuilding() {
    World w = allOn();

    assertRefused(
        () -> w.useCases().manage().setUp(
            new ManageCommunity.SetUp("org-other", BUILDING, List.of("x"), List.of(), null, null, "intruder")),
        ErrorCode.NOT_FOUND);
    assertRefused(() -> w.useCases().manage().settings(new CommunityRef("org-other", BUILDING)), ErrorCode.NOT_FOUND);
    assertRefused(() -> w.useCases().lending().loans(new CommunityRef("org-other", BUILDING)), ErrorCode.NOT_FOUND);
    assertRefused(
        () -> w.useCases().lending().book(new LendObjects.Booking(
            "org-other", BUILDING, "l9", "drill", "bram", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-03"))),
        ErrorCode.NOT_FOUND);
  }

  @Test
  void aCommandBreakingItsConstraintsIsAValidationFailureNamingTheField() {
    World w = allOn();

    KoproGoException e = refusal(() -> w.useCases().localExchange().propose(
        new RunLocalExchange.Proposal(ORG, BUILDING, "x1", "anna", true, "Bike repair", "one hour")));

    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(e.details()).containsEntry("field", "hours");
    assertRefused(
        () -> w.useCases().manage().switchModule(
            new ManageCommunity.Switch(ORG, BUILDING, "SAUNA", true, "chair", "x", "syndic")),
        ErrorCode.VALIDATION_FAILED);
  }

  @Test
  void anExchangeMovesItsCreditsOnlyWhenBothConfirm() {
    RunLocalExchange bank = allOn().useCases().localExchange();
    bank.propose(new RunLocalExchange.Proposal(ORG, BUILDING, "x1", "anna", true, "Bike repair", "1.5"));
    bank.accept(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram"));
    bank.confirm(new RunLocalExchange.Step(ORG, BUILDING, "x1", "anna"));
    Map<String, String> before = bank.balances(REF);

    Exchange done = bank.confirm(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram"));
    Exchange rated = bank.rate(new RunLocalExchange.Rating(ORG, BUILDING, "x1", "bram", 5));

    assertThat(before).isEmpty();
    assertThat(done.status()).isEqualTo(ExchangeStatus.DONE);
    assertThat(bank.balances(REF)).containsExactly(Map.entry("anna", "1.5"), Map.entry("bram", "-1.5"));
    assertThat(rated.ratings()).hasSize(1);
  }

  @Test
  void theBuildingsFloorStopsAnExchangeThatWouldGoBelowIt() {
    RunLocalExchange bank = allOn().useCases().localExchange();
    bank.propose(new RunLocalExchange.Proposal(ORG, BUILDING, "x1", "anna", true, "Painting", "6"));

    assertRefused(() -> bank.accept(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram")), ErrorCode.BALANCE_FLOOR_REACHED);
  }

  @Test
  void aLoanGoesFromBookingToReturnWithItsConditionAndItsReminders() {
    World w = allOn();
    LendObjects lending = w.useCases().lending();
    lending.list(new LendObjects.NewObject(ORG, BUILDING, "drill", "anna", "Drill", "GOOD", "20.00", null, null));
    lending.book(booking("l1", "drill", "bram", "2026-03-01", "2026-03-03"));
    lending.handOver(new LendObjects.LoanStep(ORG, BUILDING, "l1", "GOOD"));

    int remindersTwoDaysBefore = lending.remindersDue(REF).size();
    w.clock().advance(Duration.ofDays(2));
    String reminderOnTheDay = lending.remindersDue(REF).get(0).logicalKey();
    var returned = lending.giveBack(new LendObjects.LoanStep(ORG, BUILDING, "l1", "WORN"));

    assertThat(remindersTwoDaysBefore).isEqualTo(1);
    assertThat(reminderOnTheDay).isEqualTo("loan:l1:return-reminder:0");
    assertThat(returned.status()).isEqualTo(LoanStatus.RETURNED);
    assertThat(returned.conditionAtReturn()).isEqualTo(Condition.WORN);
    assertThat(lending.objects(REF).get(0).deposit()).isInstanceOf(Deposit.InMoney.class);
  }

  @Test
  void anOverlappingBookingIsRefusedAndACancelledOneFreesItsDays() {
    LendObjects lending = allOn().useCases().lending();
    lending.list(new LendObjects.NewObject(ORG, BUILDING, "drill", "anna", "Drill", "GOOD", null, null, "2"));
    lending.book(booking("l1", "drill", "bram", "2026-03-10", "2026-03-12"));

    assertRefused(() -> lending.book(booking("l2", "drill", "clara", "2026-03-12", "2026-03-14")), ErrorCode.LOAN_OVERLAP);
    lending.cancel(new LendObjects.LoanStep(ORG, BUILDING, "l1", null));
    lending.book(booking("l2", "drill", "clara", "2026-03-12", "2026-03-14"));

    assertThat(lending.loans(REF)).extracting(l -> l.id() + ":" + l.status()).containsExactly("l1:CANCELLED", "l2:BOOKED");
  }

  @Test
  void aBazaarOfferExpiresOnTheHostsClock() {
    World w = allOn();
    RunSwapBazaar bazaar = w.useCases().bazaar();
    bazaar.publish(new RunSwapBazaar.NewOffer(ORG, BUILDING, "o1", "anna", "GIFT", "Children's books"));
    bazaar.publish(new RunSwapBazaar.NewOffer(ORG, BUILDING, "o2", "anna", "SWAP", "Board games"));
    bazaar.reserve(new RunSwapBazaar.OfferStep(ORG, BUILDING, "o1", "bram"));

    var handed = bazaar.handOver(new RunSwapBazaar.OfferStep(ORG, BUILDING, "o1", "anna"));
    w.clock().advance(Duration.ofDays(10));

    assertThat(handed.status()).isEqualTo(BazaarStatus.HANDED_OVER);
    assertThat(bazaar.available(REF)).isEmpty();
    assertRefused(() -> bazaar.reserve(new RunSwapBazaar.OfferStep(ORG, BUILDING, "o2", "bram")), ErrorCode.OFFER_EXPIRED);
  }

  @Test
  void withdrawingConsentHidesEverySkillAtOnce() {
    KeepSkillsDirectory skills = allOn().useCases().skills();
    skills.add(new KeepSkillsDirectory.NewSkill(ORG, BUILDING, "anna", "Plumbing", true));
    skills.add(new KeepSkillsDirectory.NewSkill(ORG, BUILDING, "bram", "plumbing basics", false));
    int before = skills.search(new KeepSkillsDirectory.Search(ORG, BUILDING, "clara", "plumb")).size();

    skills.withdrawConsent(new KeepSkillsDirectory.Withdrawal(ORG, BUILDING, "anna"));

    assertThat(before).isEqualTo(1);
    assertThat(skills.search(new KeepSkillsDirectory.Search(ORG, BUILDING, "clara", "plumb"))).isEmpty();
    assertRefused(() -> skills.search(new KeepSkillsDirectory.Search(ORG, BUILDING, "stranger", "")), ErrorCode.NOT_A_PARTY);
  }

  @Test
  void theCouncilHidesANoticeWithAReasonKeptInTheAuditTrail() {
    World w = allOn();
    KeepNoticeBoard board = w.useCases().notices();
    board.post(notice("n1", "anna", Duration.ofDays(3)));
    board.post(notice("n2", "bram", Duration.ofDays(3)));

    assertRefused(() -> board.hide(new KeepNoticeBoard.Hiding(ORG, BUILDING, "n1", "bram", "dislike")), ErrorCode.NOT_COUNCIL_MEMBER);
    var hidden = board.hide(new KeepNoticeBoard.Hiding(ORG, BUILDING, "n1", "chair", "commercial advertising"));

    assertThat(hidden.hiddenReason()).isEqualTo("commercial advertising");
    assertThat(board.visible(new KeepNoticeBoard.Listing(ORG, BUILDING, null))).extracting(n -> n.id()).containsExactly("n2");
    assertThat(lastAuditEntry(w).event().action()).isEqualTo("NoticeHidden");
    assertThat(lastAuditEntry(w).event().details()).containsEntry("reason", "commercial advertising");
  }

  @Test
  void impactFiguresAreCountedPerBuildingAndAcrossBuildings() {
    World w = allOn();
    CommunityUseCases u = w.useCases();
    u.localExchange().propose(new RunLocalExchange.Proposal(ORG, BUILDING, "x1", "anna", true, "Bike repair", "2"));
    u.localExchange().accept(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram"));
    u.localExchange().confirm(new RunLocalExchange.Step(ORG, BUILDING, "x1", "anna"));
    u.localExchange().confirm(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram"));
    u.lending().list(new LendObjects.NewObject(ORG, BUILDING, "drill", "anna", "Drill", "GOOD", null, null, null));
    u.lending().book(booking("l1", "drill", "bram", "2026-03-02", "2026-03-03"));
    u.lending().handOver(new LendObjects.LoanStep(ORG, BUILDING, "l1", "GOOD"));
    w.db().buildings().add(PortsFixtures.building(PortsFixtures.ACME, "B2"));
    u.manage().setUp(new ManageCommunity.SetUp(ORG, "B2", List.of("chair2"), List.of(), null, null, "syndic"));

    CommunityImpact b1 = u.impact().ofBuilding(REF);
    CommunityImpact all = u.impact().acrossBuildings(new ReportCommunityImpact.Organisation(ORG));

    assertThat(b1.exchangesCompleted()).isEqualTo(1);
    assertThat(b1.hoursExchanged().minutes()).isEqualTo(120);
    assertThat(b1.objectsShared()).isEqualTo(1);
    assertThat(b1.loansMade()).isEqualTo(1);
    assertThat(all).isEqualTo(b1);
    assertThat(u.impact().acrossBuildings(new ReportCommunityImpact.Organisation("org-other"))).isEqualTo(CommunityImpact.NONE);
  }

  @Test
  void aConflictIsDecidedAgainOnTheFreshDataAndReportedOnlyWhenItPersists() {
    World w = allOn();
    AtomicInteger conflictsLeft = new AtomicInteger(2);
    CommunityStore flaky = new CommunityStore(conflicting(w.community().buildings(), conflictsLeft), w.community().transactions());
    CommunityUseCases u = new CommunityUseCases(w.db().ports(), flaky, CommandValidation.none());

    var object = u.lending().list(new LendObjects.NewObject(ORG, BUILDING, "drill", "anna", "Drill", "GOOD", null, null, null));
    conflictsLeft.set(Integer.MAX_VALUE);

    assertThat(object.id()).isEqualTo("drill");
    assertRefused(() -> u.lending().book(booking("l1", "drill", "bram", "2026-03-02", "2026-03-03")), ErrorCode.CONCURRENT_UPDATE);
    assertThat(w.useCases().lending().loans(REF)).isEmpty();
  }

  /** A store whose updates fail with CONCURRENT_UPDATE while {@code conflicts} is positive. */
  private static CommunityBuildings conflicting(CommunityBuildings real, AtomicInteger conflicts) {
    return new CommunityBuildings() {
      @Override
      public CommunityBuilding add(CommunityBuilding aggregate) {
        return real.add(aggregate);
      }

      @Override
      public CommunityBuilding update(CommunityBuilding aggregate) {
        if (conflicts.getAndDecrement() > 0) {
          throw org.koprogo.ports.out.StoreErrors.concurrentUpdate(kind(), aggregate.building(), aggregate.version());
        }
        return real.update(aggregate);
      }

      @Override
      public Optional<CommunityBuilding> find(OrganisationId organisation, BuildingId id) {
        return real.find(organisation, id);
      }

      @Override
      public List<CommunityBuilding> all(OrganisationId organisation) {
        return real.all(organisation);
      }
    };
  }

  private static LendObjects.Booking booking(String loan, String object, String borrower, String from, String until) {
    return new LendObjects.Booking(ORG, BUILDING, loan, object, borrower, LocalDate.parse(from), LocalDate.parse(until));
  }

  private static KeepNoticeBoard.NewNotice notice(String id, String author, Duration life) {
    return new KeepNoticeBoard.NewNotice(
        ORG, BUILDING, id, author, "EVENT", "Garden party", "Saturday at 4", PortsFixtures.T0.plus(life));
  }

  private static List<AuditTrail.AuditEntry> auditEntries(World w) {
    return w.db().auditTrail().list(PortsFixtures.ACME, AuditTrail.Query.first(1000));
  }

  private static AuditTrail.AuditEntry lastAuditEntry(World w) {
    List<AuditTrail.AuditEntry> all = new ArrayList<>(auditEntries(w));
    return all.get(all.size() - 1);
  }

  private static KoproGoException refusal(ThrowingCallable call) {
    try {
      call.call();
    } catch (KoproGoException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("expected a KoproGoException", t);
    }
    throw new AssertionError("expected a refusal");
  }

}
