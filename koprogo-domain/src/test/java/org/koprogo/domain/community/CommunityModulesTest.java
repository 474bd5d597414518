/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.community.CommunityFixtures.ANNA;
import static org.koprogo.domain.community.CommunityFixtures.BRAM;
import static org.koprogo.domain.community.CommunityFixtures.CLARA;
import static org.koprogo.domain.community.CommunityFixtures.COUNCIL;
import static org.koprogo.domain.community.CommunityFixtures.T0;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.community.bazaar.BazaarStatus;
import org.koprogo.domain.community.bazaar.OfferKind;
import org.koprogo.domain.community.bazaar.SwapBazaar;
import org.koprogo.domain.community.exchange.ExchangeEvent;
import org.koprogo.domain.community.exchange.ExchangeId;
import org.koprogo.domain.community.exchange.ParticipationLevel;
import org.koprogo.domain.community.exchange.TimeBank;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.LendingCalendar;
import org.koprogo.domain.community.lending.LoanStatus;
import org.koprogo.domain.community.notices.NoticeBoard;
import org.koprogo.domain.community.notices.NoticeKind;
import org.koprogo.domain.community.skills.SkillsDirectory;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class CommunityModulesTest {
  private static final TimeCredits TWO_HOURS = TimeCredits.ofHours(new BigDecimal("2"));

  @Test
  void movesCreditsOnlyWhenBothPartiesConfirm() {
    TimeBank bank = new TimeBank(CommunityFixtures.allOn(), null);
    ExchangeId id = ExchangeId.of("x1");
    bank.offer(id, ANNA, "fix a bike", TWO_HOURS, T0);
    bank.accept(id, BRAM, T0);

    List<ExchangeEvent> first = bank.confirm(id, ANNA, T0);

    assertThat(first).hasSize(1);
    assertThat(bank.balanceOf(ANNA)).isEqualTo(TimeCredits.ZERO);

    List<ExchangeEvent> second = bank.confirm(id, BRAM, T0);

    assertThat(second.get(1)).isInstanceOf(ExchangeEvent.ExchangeCompleted.class);
    assertThat(bank.balanceOf(ANNA).hours()).isEqualByComparingTo("2");
    assertThat(bank.balanceOf(BRAM).hours()).isEqualByComparingTo("-2");
    assertThat(bank.participationOf(ANNA)).isEqualTo(ParticipationLevel.CONTRIBUTOR);
  }

  @Test
  void refusesAnExchangeThatWouldGoBelowTheFloor() {
    TimeBank bank = new TimeBank(CommunityFixtures.allOn(), TimeCredits.ofHours(new BigDecimal("-1.5")));
    ExchangeId id = ExchangeId.of("x1");
    bank.request(id, BRAM, "Dutch conversation", TWO_HOURS, T0);

    assertThatThrownBy(() -> bank.accept(id, ANNA, T0))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.BALANCE_FLOOR_REACHED);
  }

  @Test
  void ratesOnlyCompletedExchangesOnceFromOneToFive() {
    TimeBank bank = new TimeBank(CommunityFixtures.allOn(), null);
    ExchangeId id = ExchangeId.of("x1");
    bank.offer(id, ANNA, "cake", TWO_HOURS, T0);
    bank.accept(id, BRAM, T0);

    assertThatThrownBy(() -> bank.rate(id, BRAM, 5, T0)).extracting(e -> ((KoproGoException) e).code()).isEqualTo(ErrorCode.INVALID_RATING);

    bank.confirm(id, ANNA, T0);
    bank.confirm(id, BRAM, T0);
    bank.rate(id, BRAM, 5, T0);

    assertThatThrownBy(() -> bank.rate(id, BRAM, 4, T0)).extracting(e -> ((KoproGoException) e).code()).isEqualTo(ErrorCode.INVALID_RATING);
    assertThatThrownBy(() -> bank.rate(id, ANNA, 6, T0)).extracting(e -> ((KoproGoException) e).code()).isEqualTo(ErrorCode.INVALID_RATING);
    assertThatThrownBy(() -> bank.rate(id, CLARA, 3, T0)).extracting(e -> ((KoproGoException) e).code()).isEqualTo(ErrorCode.NOT_A_PARTY);
  }

  @Test
  void refusesToCancelADoneExchangeNamingTheTransition() {
    TimeBank bank = new TimeBank(CommunityFixtures.allOn(), null);
    ExchangeId id = ExchangeId.of("x1");
    bank.offer(id, ANNA, "cake", TWO_HOURS, T0);
    bank.accept(id, BRAM, T0);
    bank.confirm(id, ANNA, T0);
    bank.confirm(id, BRAM, T0);

    assertThatThrownBy(() -> bank.cancel(id, ANNA, T0))
        .hasMessageContaining("DONE -> CANCELLED")
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
  }

  @Test
  void neverBooksTwoOverlappingLoansOfTheSameObject() {
    LendingCalendar calendar = new LendingCalendar(CommunityFixtures.allOn());
    calendar.list(new LendableObject("drill", ANNA, "drill", Condition.GOOD, null));
    calendar.book("l1", "drill", BRAM, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 7));

    assertThatThrownBy(() -> calendar.book("l2", "drill", CLARA, LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 9)))
        .hasMessageContaining("2026-05-01")
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.LOAN_OVERLAP);

    calendar.book("l3", "drill", CLARA, LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 9));
    calendar.cancel("l1");
    calendar.book("l4", "drill", CLARA, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 7));

    assertThat(calendar.loans()).extracting(l -> l.status()).containsExactly(LoanStatus.CANCELLED, LoanStatus.BOOKED, LoanStatus.BOOKED);
  }

  @Test
  void limitsALoanToNinetyDaysAndNotesConditionAtHandoverAndReturn() {
    LendingCalendar calendar = new LendingCalendar(CommunityFixtures.allOn());
    calendar.list(new LendableObject("ladder", ANNA, "ladder", Condition.GOOD, null));

    assertThatThrownBy(() -> calendar.book("l1", "ladder", BRAM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.INVALID_LOAN_PERIOD);

    calendar.book("l1", "ladder", BRAM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    calendar.handOver("l1", Condition.GOOD);

    assertThat(calendar.remindersDue(LocalDate.of(2026, 3, 29), 2, 0)).singleElement()
        .satisfies(r -> assertThat(r.logicalKey()).isEqualTo("loan:l1:return-reminder:2"));
    assertThat(LendingCalendar.remindersDue(calendar.loans().get(0), LocalDate.of(2026, 3, 31), 2, 0)).singleElement()
        .satisfies(r -> assertThat(r.logicalKey()).isEqualTo("loan:l1:return-reminder:0"));
    assertThat(LendingCalendar.remindersDue(calendar.loans().get(0), LocalDate.of(2026, 3, 30), 2, 0)).isEmpty();
    // a reader of the loans due back on the reminded return days finds exactly the loans reminded
    for (LocalDate asOf = LocalDate.of(2026, 3, 26); asOf.isBefore(LocalDate.of(2026, 4, 2)); asOf = asOf.plusDays(1)) {
      assertThat(LendingCalendar.returnDaysReminded(asOf, 2, 0).contains(LocalDate.of(2026, 3, 31)))
          .as("as of %s", asOf)
          .isEqualTo(!LendingCalendar.remindersDue(calendar.loans().get(0), asOf, 2, 0).isEmpty());
    }
    assertThat(calendar.giveBack("l1", Condition.WORN).conditionAtReturn()).isEqualTo(Condition.WORN);
  }

  @Test
  void expiresABazaarOfferAfterItsLifetime() {
    SwapBazaar bazaar = new SwapBazaar(CommunityFixtures.allOn(), Duration.ofDays(7));
    bazaar.publish("o1", ANNA, OfferKind.GIFT, "children's books", T0);

    assertThat(bazaar.available(T0.plus(Duration.ofDays(6)))).hasSize(1);
    assertThatThrownBy(() -> bazaar.reserve("o1", BRAM, T0.plus(Duration.ofDays(7))))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.OFFER_EXPIRED);

    bazaar.reserve("o1", BRAM, T0.plus(Duration.ofDays(1)));

    assertThat(bazaar.handOver("o1", ANNA, T0.plus(Duration.ofDays(2))).statusAt(T0.plus(Duration.ofDays(30))))
        .isEqualTo(BazaarStatus.HANDED_OVER);
  }

  @Test
  void showsASkillOnlyWithConsentAndOnlyToNeighbours() {
    SkillsDirectory directory = new SkillsDirectory(CommunityFixtures.allOn(), Set.of(ANNA, BRAM, CLARA));
    directory.add(ANNA, "Plumbing", T0);
    directory.add(BRAM, "plumbing and heating", null);

    assertThat(directory.search(CLARA, "PLUMB")).extracting(l -> l.who()).containsExactly(ANNA);
    assertThat(directory.listings()).extracting(l -> l.foundBy(" plumb ")).containsExactly(true, false);
    assertThat(directory.listings().get(0).foundBy("")).isTrue();

    directory.withdrawConsent(ANNA);

    assertThat(directory.search(CLARA, "plumb")).isEmpty();
    assertThatThrownBy(() -> directory.search(NeighbourId.of("stranger"), "plumb"))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.NOT_A_PARTY);
  }

  @Test
  void letsOnlyTheCouncilHideANoticeAndKeepsTheReason() {
    NoticeBoard board = new NoticeBoard(CommunityFixtures.allOn());
    board.post("n1", ANNA, NoticeKind.CLASSIFIED_AD, "Bike for sale", "50 EUR", T0, T0.plus(Duration.ofDays(14)));

    assertThatThrownBy(() -> board.hide("n1", BRAM, "spam"))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.NOT_COUNCIL_MEMBER);

    board.hide("n1", COUNCIL, "commercial ad");

    assertThat(board.visible(T0.plus(Duration.ofDays(1)), null)).isEmpty();
    assertThat(board.all().get(0).hiddenReason()).isEqualTo("commercial ad");
  }

  @Test
  void hidesANoticeOnceItExpires() {
    NoticeBoard board = new NoticeBoard(CommunityFixtures.allOn());
    board.post("n1", ANNA, NoticeKind.EVENT, "Barbecue", "Sat 6 pm", T0, T0.plus(Duration.ofDays(3)));

    assertThat(board.visible(T0.plus(Duration.ofDays(2)), NoticeKind.EVENT)).hasSize(1);
    assertThat(board.visible(T0.plus(Duration.ofDays(3)), null)).isEmpty();
  }

  @Test
  void aModuleSwitchedOffRefusesEveryAction() {
    CommunitySettings off = CommunityFixtures.allOff();
    List<Consumer<CommunitySettings>> actions = List.of(
        s -> new TimeBank(s, null).offer(ExchangeId.of("x"), ANNA, "x", TWO_HOURS, T0),
        s -> new TimeBank(s, null).request(ExchangeId.of("x"), ANNA, "x", TWO_HOURS, T0),
        s -> new LendingCalendar(s).list(new LendableObject("o", ANNA, "o", Condition.NEW, null)),
        s -> new LendingCalendar(s).remindersDue(LocalDate.of(2026, 1, 1), 1),
        s -> new SwapBazaar(s, Duration.ofDays(1)).publish("o", ANNA, OfferKind.SWAP, "o", T0),
        s -> new SwapBazaar(s, Duration.ofDays(1)).available(T0),
        s -> new SkillsDirectory(s, Set.of(ANNA)).add(ANNA, "x", T0),
        s -> new SkillsDirectory(s, Set.of(ANNA)).search(ANNA, "x"),
        s -> new NoticeBoard(s).post("n", ANNA, NoticeKind.EVENT, "t", "b", T0, T0.plusSeconds(1)),
        s -> new NoticeBoard(s).visible(T0, null));

    for (Consumer<CommunitySettings> action : actions) {
      assertThatThrownBy(() -> action.accept(off))
          .extracting(e -> ((KoproGoException) e).code())
          .isEqualTo(ErrorCode.MODULE_DISABLED);
    }
  }

  @Test
  void recordsWhoSwitchedAModuleAndOnWhatDecision() {
    CommunitySettings.Switched switched =
        CommunityFixtures.allOff().switchModule(CommunityModule.NOTICE_BOARD, true, COUNCIL, "council minutes 2026-04-12 item 3", T0);

    assertThat(switched.settings().isOn(CommunityModule.NOTICE_BOARD)).isTrue();
    assertThat(switched.event().decisionReference()).isEqualTo("council minutes 2026-04-12 item 3");
    assertThatThrownBy(() -> CommunityFixtures.allOff().switchModule(CommunityModule.NOTICE_BOARD, true, ANNA, "x", T0))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.NOT_COUNCIL_MEMBER);
  }

  @Test
  void computesImpactFiguresFromTheData() {
    TimeBank bank = new TimeBank(CommunityFixtures.allOn(), null);
    bank.offer(ExchangeId.of("x1"), ANNA, "a", TWO_HOURS, T0);
    bank.accept(ExchangeId.of("x1"), BRAM, T0);
    bank.confirm(ExchangeId.of("x1"), ANNA, T0);
    bank.confirm(ExchangeId.of("x1"), BRAM, T0);
    bank.offer(ExchangeId.of("x2"), ANNA, "b", TWO_HOURS, T0);
    LendingCalendar lending = new LendingCalendar(CommunityFixtures.allOn());
    lending.list(new LendableObject("drill", ANNA, "drill", Condition.GOOD, null));
    lending.book("l1", "drill", BRAM, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2));
    lending.handOver("l1", Condition.GOOD);
    lending.book("l2", "drill", BRAM, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2));

    CommunityImpact impact = CommunityImpact.of(bank, lending);

    assertThat(impact.exchangesCompleted()).isEqualTo(1);
    assertThat(impact.hoursExchanged()).isEqualTo(TWO_HOURS);
    assertThat(impact.objectsShared()).isEqualTo(1);
    assertThat(impact.loansMade()).isEqualTo(1);
    assertThat(CommunityImpact.across(List.of(impact, impact)).loansMade()).isEqualTo(2);
  }
}
