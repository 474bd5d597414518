/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;
import static org.koprogo.ports.contract.community.CommunityStoreFixtures.everything;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.bazaar.BazaarOffer;
import org.koprogo.domain.community.bazaar.BazaarStatus;
import org.koprogo.domain.community.bazaar.OfferKind;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.exchange.ExchangeId;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.LoanStatus;
import org.koprogo.domain.community.lending.ReturnReminderDue;
import org.koprogo.domain.community.notices.Notice;
import org.koprogo.domain.community.notices.NoticeKind;
import org.koprogo.domain.community.skills.SkillListing;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.community.CommunityUseCases;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.KeepNoticeBoard;
import org.koprogo.ports.in.community.KeepSkillsDirectory;
import org.koprogo.ports.in.community.LendObjects;
import org.koprogo.ports.in.community.ManageCommunity;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.community.CommunityBuilding;
import org.koprogo.ports.out.community.CommunityBuildings;
import org.koprogo.ports.out.community.CommunityStore;
import org.koprogo.ports.out.community.NumberedSkill;

/**
 * The community store's contract, for every adapter: exact round trip of every module, tenant
 * scoping, optimistic locking, transactions shared with the audit trail, and the lending
 * calendar's guarantee under concurrent bookings through the use cases: never two overlapping
 * active loans of one object, every refusal a {@code LOAN_OVERLAP}.
 */
public abstract class CommunityContract implements CommunityUnderTest {
  protected ManualClock clock;
  protected OutPorts ports;
  protected CommunityStore community;
  protected CommunityBuildings buildings;

  @BeforeEach
  void freshStores() {
    clock = ManualClock.at(PortsFixtures.T0);
    Stores stores = freshStores(clock);
    ports = stores.ports();
    community = stores.community();
    buildings = community.buildings();
  }

  @Test
  void storesEveryModuleAndReadsItBackExactly() {
    CommunityBuilding c = everything(ACME, "B1");

    CommunityBuilding stored = buildings.add(c);

    assertThat(stored.version()).isEqualTo(1);
    assertThat(buildings.find(ACME, BuildingId.of("B1"))).contains(c.withVersion(1));
    assertThat(buildings.all(ACME)).containsExactly(c.withVersion(1));
  }

  @Test
  void anotherOrganisationNeverSeesABuildingsCommunity() {
    buildings.add(everything(ACME, "B1"));

    assertThat(buildings.find(OTHER, BuildingId.of("B1"))).isEmpty();
    assertThat(buildings.all(OTHER)).isEmpty();
    assertRefused(() -> buildings.get(OTHER, BuildingId.of("B1")), ErrorCode.NOT_FOUND);
    assertRefused(() -> buildings.update(CommunityStoreFixtures.empty(OTHER, "B1").withVersion(1)), ErrorCode.NOT_FOUND);
    CommunityBuilding theirs = buildings.add(CommunityStoreFixtures.empty(OTHER, "B1"));
    assertThat(buildings.find(OTHER, BuildingId.of("B1"))).contains(theirs);
    assertThat(buildings.find(ACME, BuildingId.of("B1")).orElseThrow().loans()).hasSize(2);
    assertThat(buildings.all(OTHER)).containsExactly(theirs);
  }

  @Test
  void aStaleVersionIsAConcurrentUpdateNeverALostUpdate() {
    CommunityBuilding v1 = buildings.add(CommunityStoreFixtures.empty(ACME, "B1"));
    CommunityBuilding v2 = buildings.update(everything(ACME, "B1").withVersion(1));

    assertThat(v2.version()).isEqualTo(2);
    assertRefused(() -> buildings.update(v1), ErrorCode.CONCURRENT_UPDATE);
    assertThat(buildings.get(ACME, BuildingId.of("B1"))).isEqualTo(v2);
  }

  @Test
  void addingABuildingTwiceIsAConcurrentUpdate() {
    buildings.add(CommunityStoreFixtures.empty(ACME, "B1"));

    assertRefused(() -> buildings.add(everything(ACME, "B1")), ErrorCode.CONCURRENT_UPDATE);
    assertThat(buildings.get(ACME, BuildingId.of("B1")).loans()).isEmpty();
  }

  @Test
  void anUpdateOfAnUnknownBuildingIsNotFound() {
    assertRefused(() -> buildings.update(everything(ACME, "nowhere").withVersion(1)), ErrorCode.NOT_FOUND);
  }

  @Test
  void aFailedUnitOfWorkStoresNothing() {
    buildings.add(CommunityStoreFixtures.empty(ACME, "B1"));

    try {
      community.transactions().run(() -> {
        buildings.update(everything(ACME, "B1").withVersion(1));
        throw new IllegalStateException("the unit of work fails");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    CommunityBuilding read = buildings.get(ACME, BuildingId.of("B1"));
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.exchanges()).isEmpty();
  }

  @Test
  void aModuleSwitchAndItsAuditEntryAreStoredTogether() {
    CommunityUseCases useCases = useCases();
    ports.buildings().add(PortsFixtures.building(ACME, "B1"));
    useCases.manage().setUp(new ManageCommunity.SetUp(ACME.value(), "B1", List.of("chair"), List.of("anna"), null, null, "syndic"));

    useCases.manage().switchModule(
        new ManageCommunity.Switch(ACME.value(), "B1", "OBJECT_LENDING", true, "chair", "council 2026-02", "syndic"));

    assertThat(useCases.manage().settings(new CommunityRef(ACME.value(), "B1")).enabled()).containsExactly("OBJECT_LENDING");
    assertThat(ports.auditTrail().list(ACME, org.koprogo.ports.out.AuditTrail.Query.about("building", "B1", 10)))
        .extracting(e -> e.event().action())
        .containsExactly("CommunitySetUp", "CommunityModuleSwitched");
    assertThat(ports.auditTrail().list(OTHER, org.koprogo.ports.out.AuditTrail.Query.first(10))).isEmpty();
  }

  @Test
  void concurrentBookingsOfTheSamePeriodLetExactlyOneWin() throws Exception {
    LendObjects lending = lendingWithADrill();
    int threads = 8;

    Map<String, Object> outcomes = race(threads, i -> lending.book(booking("same-" + i, "2026-04-01", "2026-04-05")));

    assertThat(outcomes.values().stream().filter(Loan.class::isInstance)).hasSize(1);
    assertThat(outcomes.values().stream().filter(o -> o == ErrorCode.LOAN_OVERLAP)).hasSize(threads - 1);
    assertNoOverlap(lending.loans(new CommunityRef(ACME.value(), "B1")));
  }

  @Test
  void concurrentBookingsOfOverlappingPeriodsNeverLeaveTwoOverlappingLoans() throws Exception {
    LendObjects lending = lendingWithADrill();
    int threads = 8;
    int perThread = 6;
    LocalDate start = LocalDate.parse("2026-04-01");

    Map<String, Object> outcomes = race(threads, i -> {
      Random random = new Random(31L * i + 7);
      List<Object> mine = new ArrayList<>();
      for (int k = 0; k < perThread; k++) {
        LocalDate from = start.plusDays(random.nextInt(40));
        LocalDate until = from.plusDays(random.nextInt(6));
        try {
          mine.add(lending.book(booking("t" + i + "-" + k, from.toString(), until.toString())));
        } catch (KoproGoException e) {
          mine.add(new Refusal(e.code(), from, until));
        }
      }
      return mine;
    });

    List<Loan> loans = lending.loans(new CommunityRef(ACME.value(), "B1"));
    assertNoOverlap(loans);
    List<Object> all = new ArrayList<>();
    outcomes.values().forEach(o -> all.addAll((List<?>) o));
    assertThat(all).hasSize(threads * perThread);
    assertThat(all.stream().filter(Loan.class::isInstance).count()).isEqualTo(loans.size());
    for (Object o : all) {
      if (o instanceof Refusal r) {
        assertThat(r.code()).isEqualTo(ErrorCode.LOAN_OVERLAP);
        assertThat(loans).as("a refused booking overlaps a stored loan").anyMatch(l -> l.overlaps(r.from(), r.until()));
      }
    }
  }

  /** A refused booking. */
  record Refusal(ErrorCode code, LocalDate from, LocalDate until) {}

  private static void assertNoOverlap(List<Loan> loans) {
    List<Loan> active = loans.stream().filter(l -> l.status().holdsThePeriod()).toList();
    for (int i = 0; i < active.size(); i++) {
      for (int j = i + 1; j < active.size(); j++) {
        Loan a = active.get(i);
        Loan b = active.get(j);
        assertThat(a.objectId().equals(b.objectId()) && a.overlaps(b.from(), b.until()))
            .as("%s and %s overlap", a, b)
            .isFalse();
      }
    }
    assertThat(active).allMatch(l -> l.status() == LoanStatus.BOOKED);
  }

  /** Runs {@code task} on {@code threads} threads released together; each outcome, or the refusal's code. */
  private static Map<String, Object> race(int threads, java.util.function.IntFunction<Object> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    Map<String, Object> outcomes = new ConcurrentHashMap<>();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int n = i;
        futures.add(pool.submit(() -> {
          start.await();
          try {
            outcomes.put("thread-" + n, task.apply(n));
          } catch (KoproGoException e) {
            outcomes.put("thread-" + n, e.code());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return outcomes;
  }

  @Test
  void pagesTheTimeBanksExchangesInCreationOrderReadingTheSettingsAlone() {
    CommunityBuilding c = everything(ACME, "B1");
    Exchange done = c.exchanges().get(0);
    Exchange offered = c.exchanges().get(1);
    List<Exchange> exchanges = new ArrayList<>();
    for (String id : List.of("x3", "x1", "x5", "x2", "x4")) {
      Exchange like = id.equals("x5") || id.equals("x2") ? offered : done;
      exchanges.add(new Exchange(ExchangeId.of(id), like.service() + " " + id, like.provider(), like.receiver(),
          like.duration(), like.status(), like.providerConfirmed(), like.receiverConfirmed(), like.ratings()));
    }
    CommunityBuilding stored = buildings.add(new CommunityBuilding(c.organisation(), c.settings(), c.neighbours(),
        c.floor(), c.bazaarLifetime(), exchanges, c.objects(), c.loans(), c.offers(), c.skills(), c.notices(), 0));
    buildings.add(everything(ACME, "B2"));
    BuildingId b1 = BuildingId.of("B1");

    List<Exchange> first = buildings.exchanges(ACME, b1, Optional.empty(), 2);
    List<Exchange> second = buildings.exchanges(ACME, b1, Optional.of(first.get(1).id()), 2);

    assertThat(first).containsExactly(exchanges.get(0), exchanges.get(1));
    assertThat(second).containsExactly(exchanges.get(2), exchanges.get(3));
    assertThat(buildings.exchanges(ACME, b1, Optional.of(ExchangeId.of("x4")), 2)).isEmpty();
    assertThat(buildings.exchanges(ACME, b1, Optional.of(ExchangeId.of("x9")), 2)).isEmpty();
    assertThat(buildings.exchanges(OTHER, b1, Optional.empty(), 2)).isEmpty();
    assertThat(buildings.exchanges(ACME, BuildingId.of("B9"), Optional.empty(), 2)).isEmpty();
    for (int limit = 1; limit <= 6; limit++) {
      List<Exchange> walked = new ArrayList<>();
      Optional<ExchangeId> after = Optional.empty();
      List<Exchange> page;
      while (!(page = buildings.exchanges(ACME, b1, after, limit)).isEmpty()) {
        assertThat(page.size()).isLessThanOrEqualTo(limit);
        walked.addAll(page);
        after = Optional.of(page.get(page.size() - 1).id());
      }
      assertThat(walked).isEqualTo(stored.exchanges());
    }
    assertThat(buildings.settings(ACME, b1)).contains(c.settings());
    assertThat(buildings.settings(OTHER, b1)).isEmpty();
    assertThat(buildings.settings(ACME, BuildingId.of("B9"))).isEmpty();
  }

  @Test
  void pagesTheObjectsInListingOrderAndTheLoansInBookingOrder() {
    CommunityBuilding c = everything(ACME, "B1");
    buildings.add(c);
    buildings.add(everything(ACME, "B2"));
    BuildingId b1 = BuildingId.of("B1");

    for (int limit = 1; limit <= 4; limit++) {
      List<LendableObject> objects = new ArrayList<>();
      Optional<String> after = Optional.empty();
      List<LendableObject> page;
      while (!(page = buildings.objects(ACME, b1, after, limit)).isEmpty()) {
        assertThat(page.size()).isLessThanOrEqualTo(limit);
        objects.addAll(page);
        after = Optional.of(page.get(page.size() - 1).id());
      }
      List<Loan> loans = new ArrayList<>();
      Optional<String> afterLoan = Optional.empty();
      List<Loan> loanPage;
      while (!(loanPage = buildings.loans(ACME, b1, afterLoan, limit)).isEmpty()) {
        loans.addAll(loanPage);
        afterLoan = Optional.of(loanPage.get(loanPage.size() - 1).id());
      }
      assertThat(objects).isEqualTo(c.objects());
      assertThat(loans).isEqualTo(c.loans());
    }
    assertThat(buildings.objects(ACME, b1, Optional.of("drill"), 1)).extracting(LendableObject::id)
        .containsExactly("ladder");
    assertThat(buildings.objects(ACME, b1, Optional.of("nothing"), 5)).isEmpty();
    assertThat(buildings.loans(ACME, b1, Optional.of("l1"), 5)).extracting(Loan::id).containsExactly("l2");
    assertThat(buildings.loans(OTHER, b1, Optional.empty(), 5)).isEmpty();
  }

  /**
   * A community whose filtered lists hold what they show and what they do not: offers available,
   * expired while recorded available, reserved, withdrawn; notices shown, hidden, expired, not yet
   * posted, of two kinds; loans handed over due back on the reminded days and on others, booked
   * and returned; skills consented or not, matching or not.
   */
  private static CommunityBuilding lists(org.koprogo.ports.out.OrganisationId org, String building) {
    java.time.Instant t0 = CommunityStoreFixtures.T0;
    java.time.Duration day = java.time.Duration.ofDays(1);
    NeighbourId anna = CommunityStoreFixtures.ANNA;
    NeighbourId bram = CommunityStoreFixtures.BRAM;
    List<BazaarOffer> offers = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    List<Loan> loans = new ArrayList<>();
    List<SkillListing> skills = new ArrayList<>();
    List<LendableObject> objects = new ArrayList<>();
    LocalDate today = LocalDate.parse("2026-03-01");
    LoanStatus[] statuses = {LoanStatus.HANDED_OVER, LoanStatus.BOOKED, LoanStatus.HANDED_OVER, LoanStatus.RETURNED};
    for (int i = 0; i < 12; i++) {
      BazaarStatus status = i % 4 == 1 ? BazaarStatus.RESERVED : i % 4 == 3 ? BazaarStatus.WITHDRAWN : BazaarStatus.AVAILABLE;
      java.time.Instant expires = i % 3 == 2 ? t0.plusSeconds(60) : t0.plus(day.multipliedBy(14));
      offers.add(new BazaarOffer("o" + i, anna, OfferKind.GIFT, "Offer " + i, t0.minus(day), expires, status,
          status == BazaarStatus.RESERVED ? bram : null));
      java.time.Instant posted = i % 5 == 4 ? t0.plus(day) : t0.minus(day);
      notices.add(new Notice("n" + i, bram, i % 2 == 0 ? NoticeKind.EVENT : NoticeKind.ANNOUNCEMENT, "Notice " + i, "Text",
          posted, i % 3 == 2 ? t0.plusSeconds(60) : t0.plus(day.multipliedBy(7)), i % 4 == 3 ? CommunityStoreFixtures.CHAIR : null,
          i % 4 == 3 ? "moved" : null));
      LocalDate until = today.plusDays(i % 3 == 0 ? 2 : i % 3 == 1 ? 0 : 1);
      objects.add(new LendableObject("thing" + i, anna, "Thing " + i, Condition.GOOD, null));
      loans.add(new Loan("l" + i, "thing" + i, i % 2 == 0 ? anna : bram, today.minusDays(20 - i), until, statuses[i % 4],
          statuses[i % 4] == LoanStatus.BOOKED ? null : Condition.GOOD,
          statuses[i % 4] == LoanStatus.RETURNED ? Condition.GOOD : null));
      skills.add(new SkillListing(i % 2 == 0 ? anna : bram, i % 3 == 0 ? "Plumbing " + i : "Dutch " + i,
          i % 4 == 1 ? null : t0));
    }
    CommunityBuilding c = everything(org, building);
    return new CommunityBuilding(org, c.settings(), c.neighbours(), c.floor(), c.bazaarLifetime(), c.exchanges(),
        objects, loans, offers, skills, notices, 0);
  }

  @Test
  void pagesTheFilteredListsInTheirOrderAfterACursorShownOrNot() {
    CommunityBuilding c = lists(ACME, "B1");
    buildings.add(c);
    buildings.add(everything(ACME, "B2"));
    BuildingId b1 = BuildingId.of("B1");
    java.time.Instant at = CommunityStoreFixtures.T0.plusSeconds(120);
    Set<LocalDate> days = Set.of(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-01"));

    List<BazaarOffer> available = c.bazaar().available(at);
    List<Notice> shown = c.noticeBoard().visible(at, null);
    List<Notice> events = c.noticeBoard().visible(at, NoticeKind.EVENT);
    List<Loan> dueBack = c.loans().stream()
        .filter(l -> l.status() == LoanStatus.HANDED_OVER && days.contains(l.until())).toList();
    assertThat(available).extracting(BazaarOffer::id).containsExactly("o0", "o4", "o6", "o10");
    assertThat(shown).extracting(Notice::id).containsExactly("n0", "n1", "n6", "n10");
    assertThat(events).extracting(Notice::id).containsExactly("n0", "n6", "n10");
    assertThat(dueBack).extracting(Loan::id).containsExactly("l0", "l4", "l6", "l10");
    for (int limit = 1; limit <= 5; limit++) {
      int n = limit;
      assertThat(walk(after -> buildings.availableOffers(ACME, b1, at, after, n), BazaarOffer::id, n))
          .isEqualTo(available);
      assertThat(walk(after -> buildings.visibleNotices(ACME, b1, at, Optional.empty(), after, n), Notice::id, n))
          .isEqualTo(shown);
      assertThat(walk(after -> buildings.visibleNotices(ACME, b1, at, Optional.of(NoticeKind.EVENT), after, n),
          Notice::id, n)).isEqualTo(events);
      assertThat(walk(after -> buildings.handedOverDueBack(ACME, b1, days, after, n), Loan::id, n)).isEqualTo(dueBack);
      for (String q : List.of("", "plumb", "DUTCH", "nothing")) {
        List<NumberedSkill> found = new ArrayList<>();
        Optional<Integer> after = Optional.empty();
        List<NumberedSkill> page;
        while (!(page = buildings.foundSkills(ACME, b1, q, after, n)).isEmpty()) {
          assertThat(page.size()).isLessThanOrEqualTo(n);
          found.addAll(page);
          after = Optional.of(page.get(page.size() - 1).position());
        }
        assertThat(found).extracting(NumberedSkill::listing).isEqualTo(c.skillsDirectory().search(CommunityStoreFixtures.ANNA, q));
        found.forEach(f -> assertThat(c.skills().get(f.position())).isEqualTo(f.listing()));
      }
    }
    // a cursor no longer shown (reserved, hidden, returned) still places the page; an unknown one ends it
    assertThat(buildings.availableOffers(ACME, b1, at, Optional.of("o1"), 10)).extracting(BazaarOffer::id)
        .containsExactly("o4", "o6", "o10");
    assertThat(buildings.visibleNotices(ACME, b1, at, Optional.empty(), Optional.of("n3"), 1)).extracting(Notice::id)
        .containsExactly("n6");
    assertThat(buildings.handedOverDueBack(ACME, b1, days, Optional.of("l3"), 10)).extracting(Loan::id)
        .containsExactly("l4", "l6", "l10");
    assertThat(buildings.availableOffers(ACME, b1, at, Optional.of("nothing"), 10)).isEmpty();
    assertThat(buildings.handedOverDueBack(ACME, b1, Set.of(), Optional.empty(), 10)).isEmpty();
    assertThat(buildings.foundSkills(ACME, b1, "", Optional.of(99), 10)).isEmpty();
    assertThat(buildings.availableOffers(OTHER, b1, at, Optional.empty(), 10)).isEmpty();
    assertThat(buildings.visibleNotices(OTHER, b1, at, Optional.empty(), Optional.empty(), 10)).isEmpty();
    assertThat(buildings.foundSkills(OTHER, b1, "", Optional.empty(), 10)).isEmpty();
    assertThat(buildings.takesPart(ACME, b1, CommunityStoreFixtures.BRAM)).isTrue();
    assertThat(buildings.takesPart(ACME, b1, NeighbourId.of("stranger"))).isFalse();
    assertThat(buildings.takesPart(OTHER, b1, CommunityStoreFixtures.BRAM)).isFalse();
  }

  @Test
  void aSkillsSearchThatFindsFewReadsTheDirectoryInBatchesUntilThePageIsFull() {
    CommunityBuilding c = lists(ACME, "B1");
    List<SkillListing> skills = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      boolean needle = i == 5 || i == 250 || i == 449;
      skills.add(new SkillListing(CommunityStoreFixtures.ANNA, needle ? "Sewing needle " + i : "Skill " + i,
          i == 6 ? null : CommunityStoreFixtures.T0));
    }
    buildings.add(new CommunityBuilding(ACME, c.settings(), c.neighbours(), c.floor(), c.bazaarLifetime(), List.of(),
        c.objects(), List.of(), List.of(), skills, List.of(), 0));
    BuildingId b1 = BuildingId.of("B1");

    assertThat(buildings.foundSkills(ACME, b1, "NEEDLE", Optional.empty(), 2)).extracting(NumberedSkill::position)
        .containsExactly(5, 250);
    assertThat(buildings.foundSkills(ACME, b1, "needle", Optional.of(250), 2)).extracting(NumberedSkill::position)
        .containsExactly(449);
    assertThat(buildings.foundSkills(ACME, b1, "", Optional.of(3), 3)).extracting(NumberedSkill::position)
        .containsExactly(4, 5, 7);
    assertThat(buildings.foundSkills(ACME, b1, "skill", Optional.of(200), 1000)).hasSize(247);
  }

  @Test
  void theFilteredListsUseCasesPageWhatTheWholeListsShowAndCheckTheBounds() {
    CommunityUseCases useCases = useCases();
    buildings.add(lists(ACME, "B1"));
    CommunityRef b1 = new CommunityRef(ACME.value(), "B1");
    clock.set(CommunityStoreFixtures.T0.plusSeconds(120));

    for (int limit = 1; limit <= 3; limit++) {
      int n = limit;
      assertThat(walk(after -> useCases.bazaar().available(b1, n, after.orElse(null)), BazaarOffer::id, n))
          .isEqualTo(useCases.bazaar().available(b1));
      KeepNoticeBoard.Listing events = new KeepNoticeBoard.Listing(ACME.value(), "B1", "EVENT");
      assertThat(walk(after -> useCases.notices().visible(events, n, after.orElse(null)), Notice::id, n))
          .isEqualTo(useCases.notices().visible(events));
      assertThat(walk(after -> useCases.lending().remindersDue(b1, n, after.orElse(null)), ReturnReminderDue::loanId, n))
          .isEqualTo(useCases.lending().remindersDue(b1))
          .extracting(ReturnReminderDue::logicalKey)
          .containsExactly("loan:l0:return-reminder:2", "loan:l4:return-reminder:0", "loan:l6:return-reminder:2",
              "loan:l10:return-reminder:0");
      KeepSkillsDirectory.Search plumb = new KeepSkillsDirectory.Search(ACME.value(), "B1", "bram", "PLUMB");
      List<SkillListing> found = new ArrayList<>();
      String after = null;
      List<NumberedSkill> page;
      while (!(page = useCases.skills().search(plumb, n, after)).isEmpty()) {
        page.forEach(p -> found.add(p.listing()));
        after = String.valueOf(page.get(page.size() - 1).position());
      }
      assertThat(found).isNotEmpty().isEqualTo(useCases.skills().search(plumb));
    }

    assertRefused(() -> useCases.bazaar().available(b1, 0, null), ErrorCode.INVALID_FIELD);
    assertRefused(() -> useCases.notices().visible(new KeepNoticeBoard.Listing(ACME.value(), "B1", null), 1001, null),
        ErrorCode.INVALID_FIELD);
    assertRefused(() -> useCases.lending().remindersDue(b1, 10, " "), ErrorCode.INVALID_FIELD);
    KeepSkillsDirectory.Search all = new KeepSkillsDirectory.Search(ACME.value(), "B1", "anna", "");
    assertRefused(() -> useCases.skills().search(all, 10, "x"), ErrorCode.INVALID_FIELD);
    assertRefused(() -> useCases.skills().search(all, 10, "-1"), ErrorCode.INVALID_FIELD);
    assertRefused(() -> useCases.skills().search(
        new KeepSkillsDirectory.Search(ACME.value(), "B1", "stranger", ""), 10, null), ErrorCode.NOT_A_PARTY);
    assertRefused(() -> useCases.bazaar().available(new CommunityRef(ACME.value(), "B9"), 10, null), ErrorCode.NOT_FOUND);

    ports.buildings().add(PortsFixtures.building(ACME, "B3"));
    useCases.manage().setUp(new ManageCommunity.SetUp(ACME.value(), "B3", List.of("chair"), List.of("anna"), null, null, "syndic"));
    CommunityRef b3 = new CommunityRef(ACME.value(), "B3");
    assertRefused(() -> useCases.bazaar().available(b3, 10, null), ErrorCode.MODULE_DISABLED);
    assertRefused(() -> useCases.notices().visible(new KeepNoticeBoard.Listing(ACME.value(), "B3", null), 10, null),
        ErrorCode.MODULE_DISABLED);
    assertRefused(() -> useCases.lending().remindersDue(b3, 10, null), ErrorCode.MODULE_DISABLED);
    assertRefused(() -> useCases.skills().search(new KeepSkillsDirectory.Search(ACME.value(), "B3", "anna", ""), 10, null),
        ErrorCode.MODULE_DISABLED);
  }

  /** The pages read one after the other, each after the last id of the one before. */
  private static <T> List<T> walk(java.util.function.Function<Optional<String>, List<T>> pages,
      java.util.function.Function<T, String> id, int limit) {
    List<T> all = new ArrayList<>();
    Optional<String> after = Optional.empty();
    List<T> page;
    while (!(page = pages.apply(after)).isEmpty()) {
      assertThat(page.size()).isLessThanOrEqualTo(limit);
      all.addAll(page);
      after = Optional.of(id.apply(page.get(page.size() - 1)));
    }
    return all;
  }

  @Test
  void theExchangesUseCaseChecksTheModuleAndThePageBounds() {
    CommunityUseCases useCases = useCases();
    ports.buildings().add(PortsFixtures.building(ACME, "B1"));
    useCases.manage().setUp(new ManageCommunity.SetUp(ACME.value(), "B1", List.of("chair"), List.of("anna"), null, null, "syndic"));
    CommunityRef b1 = new CommunityRef(ACME.value(), "B1");

    assertRefused(() -> useCases.localExchange().exchanges(b1, 10, null), ErrorCode.MODULE_DISABLED);
    assertRefused(() -> useCases.localExchange().exchanges(new CommunityRef(ACME.value(), "B9"), 10, null),
        ErrorCode.NOT_FOUND);
    useCases.manage().switchModule(
        new ManageCommunity.Switch(ACME.value(), "B1", "LOCAL_EXCHANGE", true, "chair", "council 2026-02", "syndic"));
    assertThat(useCases.localExchange().exchanges(b1, null, null)).isEmpty();
    assertRefused(() -> useCases.localExchange().exchanges(b1, 0, null), ErrorCode.INVALID_FIELD);
    assertRefused(() -> useCases.localExchange().exchanges(b1, 1001, null), ErrorCode.INVALID_FIELD);
    assertRefused(() -> useCases.localExchange().exchanges(b1, 10, " "), ErrorCode.INVALID_FIELD);
    assertRefused(() -> useCases.lending().objects(b1, 10, null), ErrorCode.MODULE_DISABLED);
    useCases.manage().switchModule(
        new ManageCommunity.Switch(ACME.value(), "B1", "OBJECT_LENDING", true, "chair", "council 2026-02", "syndic"));
    assertThat(useCases.lending().objects(b1, null, null)).isEmpty();
    assertThat(useCases.lending().loans(b1, 1000, null)).isEmpty();
    assertRefused(() -> useCases.lending().loans(b1, 1001, null), ErrorCode.INVALID_FIELD);
    assertRefused(() -> useCases.lending().objects(b1, 1, "x".repeat(101)), ErrorCode.INVALID_FIELD);
  }

  private LendObjects lendingWithADrill() {
    CommunityUseCases useCases = useCases();
    ports.buildings().add(PortsFixtures.building(ACME, "B1"));
    List<String> neighbours = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      neighbours.add("n" + i);
    }
    useCases.manage().setUp(new ManageCommunity.SetUp(ACME.value(), "B1", List.of("chair"), neighbours, "-10", 14, "syndic"));
    useCases.manage().switchModule(
        new ManageCommunity.Switch(ACME.value(), "B1", "OBJECT_LENDING", true, "chair", "council 2026-02", "syndic"));
    LendObjects lending = useCases.lending();
    lending.list(new LendObjects.NewObject(ACME.value(), "B1", "drill", "chair", "Bosch drill", "GOOD", null, null, null));
    return lending;
  }

  private static LendObjects.Booking booking(String loan, String from, String until) {
    return new LendObjects.Booking(
        ACME.value(), "B1", loan, "drill", "n" + Math.abs(loan.hashCode() % 16), LocalDate.parse(from), LocalDate.parse(until));
  }

  private CommunityUseCases useCases() {
    return new CommunityUseCases(ports, community, CommandValidation.none());
  }

}
