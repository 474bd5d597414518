/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.association.MembershipRate;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.solidarity.Eligibility;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.contract.AssociationBooksContract.Books;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.BookedQuarter;
import org.koprogo.ports.in.association.CostEntry;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.in.association.ReportTransparency;
import org.koprogo.ports.in.solidarity.CheckAidEligibility;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.OutPorts;

/**
 * An integrator's acceptance scenarios for an association, driven through {@code ports.in} only
 * (the use cases of {@link UseCases} on an adapter's out ports and its association books): the
 * quarter's books and their correction, the monthly price changed only by an adopted
 * one-member-one-vote resolution, the quarter's transparency report, the surplus allocation the
 * assembly decides, the year a public page publishes, and the solidarity fund's eligibility
 * check. Each write leaves its audit entry; a refused write leaves nothing. Runs on the in-memory
 * store, H2 and PostgreSQL.
 */
public abstract class AssociationAcceptanceContract {
  private static final String ORG = ACME.value();
  private static final String ADMIN = "admin-1";
  private static final List<AllocateSurplus.Share> PLAN = List.of(
      new AllocateSurplus.Share("solidarity", "30"), new AllocateSurplus.Share("price_decrease", "25"),
      new AllocateSurplus.Share("features", "25"), new AllocateSurplus.Share("reserve", "15"),
      new AllocateSurplus.Share("research", "5"));

  /**
   * Empty ports and association books on the same store (no row of any organisation).
   *
   * @param clock the store's time
   * @return the ports and the books beside them
   */
  protected abstract Books freshBooks(ManualClock clock);

  private OutPorts ports;
  private KeepAssociationBooks books;
  private KeepMonthlyPrice prices;
  private AllocateSurplus surplus;
  private ReportTransparency transparency;
  private CheckAidEligibility solidarity;

  @BeforeEach
  void anAssociationWithAFirstPrice() {
    Books b = freshBooks(ManualClock.at(PortsFixtures.T0));
    ports = b.ports();
    UseCases useCases = new UseCases(ports, CommandValidation.none());
    books = useCases.keepAssociationBooks(b.books());
    prices = useCases.keepMonthlyPrice();
    surplus = useCases.allocateSurplus();
    transparency = useCases.reportTransparency(b.books());
    solidarity = useCases.checkAidEligibility();
    ports.organisations().add(PortsFixtures.organisation(ACME));
    prices.start(new KeepMonthlyPrice.FirstPrice(ORG, "5.00", null, LocalDate.parse("2024-01-01"),
        "founding-2024", ADMIN));
  }

  private static KeepAssociationBooks.QuarterEntry quarter(String quarter, Long version, String... costs) {
    List<CostEntry> lines = new java.util.ArrayList<>();
    for (int i = 0; i < costs.length; i += 2) {
      lines.add(new CostEntry(costs[i], costs[i + 1]));
    }
    return new KeepAssociationBooks.QuarterEntry(ORG, quarter, null, List.of(
        new KeepAssociationBooks.MemberRate("m1", "STANDARD"),
        new KeepAssociationBooks.MemberRate("m2", "MAINTAINER"),
        new KeepAssociationBooks.MemberRate("m3", "CONTRIBUTOR")), lines, version, ADMIN);
  }

  private List<String> audit(String subjectType) {
    return ports.auditTrail().list(ACME, new AuditTrail.Query(subjectType, null, 0, 100)).stream()
        .map(e -> e.event().action()).toList();
  }

  @Test
  void recordsAndCorrectsAQuarterAtTheVersionReadWithItsAuditEntries() {
    BookedQuarter recorded = books.record(quarter("2025-Q1", null, "staff", "300.00", "insurance", "120.00"));

    BookedQuarter corrected = books.correct(quarter("2025-Q1", 1L, "staff", "330.00", "insurance", "120.00"));

    assertThat(recorded.version()).isEqualTo(1);
    assertThat(corrected.version()).isEqualTo(2);
    assertThat(books.quarter(ORG, "2025-Q1").costs()).extracting(c -> c.amount().toPlainString())
        .containsExactly("330.00", "120.00");
    assertThat(books.quarter(ORG, "2025-Q1").memberships()).extracting(m -> m.rate())
        .containsExactly(MembershipRate.STANDARD, MembershipRate.MAINTAINER, MembershipRate.CONTRIBUTOR);
    assertRefused(() -> books.correct(quarter("2025-Q1", 1L, "staff", "1.00")), ErrorCode.CONCURRENT_UPDATE);
    assertRefused(() -> books.record(quarter("2025-Q1", null)), ErrorCode.CONCURRENT_UPDATE);
    assertThat(audit("quarter books")).containsExactly("QuarterBooksRecorded", "QuarterBooksCorrected");
    assertThat(books.quarters(OTHER.value())).isEmpty();
  }

  @Test
  void pagesTheQuartersInOrderWithinBoundsNamingTheParameter() {
    for (String q : List.of("2025-Q3", "2024-Q4", "2025-Q1")) {
      books.record(quarter(q, null, "staff", "300.00"));
    }

    List<String> first = books.quarters(ORG, 2, null).stream().map(q -> q.quarter().toString()).toList();
    List<String> rest = books.quarters(ORG, 2, first.get(1)).stream().map(q -> q.quarter().toString()).toList();

    assertThat(first).containsExactly("2024-Q4", "2025-Q1");
    assertThat(rest).containsExactly("2025-Q3");
    assertThat(books.quarters(ORG, 1, "2025-Q2")).extracting(q -> q.quarter().toString()).containsExactly("2025-Q3");
    assertThat(books.quarters(ORG, null, null)).isEqualTo(books.quarters(ORG));
    assertThat(books.quarters(OTHER.value(), null, null)).isEmpty();
    for (Integer limit : new Integer[] {0, 1001}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> books.quarters(ORG, limit, null))
          .isInstanceOfSatisfying(org.koprogo.domain.shared.KoproGoException.class,
              e -> assertThat(e.details()).containsEntry("field", "limit"));
    }
    for (String after : List.of(" ", "2025-Q5", "2025Q1", "x".repeat(101))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> books.quarters(ORG, 10, after))
          .isInstanceOfSatisfying(org.koprogo.domain.shared.KoproGoException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
            assertThat(e.details()).containsEntry("field", "after");
          });
    }
  }

  @Test
  void refusesABadQuarterNamingTheFieldAndStoresNothing() {
    KeepAssociationBooks.QuarterEntry twice = new KeepAssociationBooks.QuarterEntry(ORG, "2025-Q2", null,
        List.of(new KeepAssociationBooks.MemberRate("m1", "STANDARD"),
            new KeepAssociationBooks.MemberRate("m1", "MAINTAINER")), List.of(), null, ADMIN);
    KeepAssociationBooks.QuarterEntry badRate = new KeepAssociationBooks.QuarterEntry(ORG, "2025-Q2", null,
        List.of(new KeepAssociationBooks.MemberRate("m1", "GOLD")), List.of(), null, ADMIN);

    assertRefused(() -> books.record(twice), ErrorCode.DUPLICATE_MEMBER);
    assertRefused(() -> books.record(badRate), ErrorCode.INVALID_FIELD);
    assertRefused(() -> books.record(quarter("2025-Q5", null)), ErrorCode.INVALID_FIELD);
    assertRefused(() -> books.record(quarter("2025-Q2", null, "staff", "-1.00")), ErrorCode.NEGATIVE_AMOUNT);
    assertRefused(() -> books.correct(quarter("2025-Q2", null)), ErrorCode.MISSING_FIELD);
    assertRefused(() -> books.quarter(ORG, "2025-Q2"), ErrorCode.NOT_FOUND);
    assertThat(books.quarters(ORG)).isEmpty();
    assertThat(audit("quarter books")).isEmpty();
  }

  @Test
  void changesThePriceOnlyByAnAdoptedOneMemberOneVoteResolution() {
    KeepMonthlyPrice.PriceDecision rejected = new KeepMonthlyPrice.PriceDecision(ORG, "ga/r1", null, false,
        "4.00", LocalDate.parse("2026-04-01"), ADMIN);
    KeepMonthlyPrice.PriceDecision weighted = new KeepMonthlyPrice.PriceDecision(ORG, "ga/r1",
        "WEIGHTED_BY_SHARES", true, "4.00", LocalDate.parse("2026-04-01"), ADMIN);
    KeepMonthlyPrice.PriceDecision adopted = new KeepMonthlyPrice.PriceDecision(ORG, "ga/r1", null, true,
        "4.00", LocalDate.parse("2026-04-01"), ADMIN);

    assertRefused(() -> prices.change(rejected), ErrorCode.ILLEGAL_TRANSITION);
    assertRefused(() -> prices.change(weighted), ErrorCode.ILLEGAL_TRANSITION);
    MonthlyPrice changed = prices.change(adopted);

    assertThat(changed.current().toPlainString()).isEqualTo("4.00");
    assertThat(prices.history(ORG).orElseThrow().history()).extracting(p -> p.resolution().value())
        .containsExactly("founding-2024", "ga/r1");
    assertThat(prices.history(ORG).orElseThrow().on(LocalDate.parse("2026-03-31")).orElseThrow().toPlainString())
        .isEqualTo("5.00");
    assertThat(audit("monthly price")).containsExactly("MonthlyPriceSet", "MonthlyPriceChanged");
    assertRefused(() -> prices.start(new KeepMonthlyPrice.FirstPrice(ORG, "6.00", null,
        LocalDate.parse("2030-01-01"), "again", ADMIN)), ErrorCode.CONCURRENT_UPDATE);
    assertRefused(() -> prices.change(new KeepMonthlyPrice.PriceDecision(OTHER.value(), "r", null, true,
        "4.00", LocalDate.parse("2026-04-01"), ADMIN)), ErrorCode.NOT_FOUND);
    assertThat(prices.history(OTHER.value())).isEmpty();
  }

  @Test
  void reportsAQuarterAtThePriceOfItsFirstDay() {
    books.record(quarter("2025-Q1", null, "staff", "300.00", "insurance", "120.00", "staff", "30.00"));

    QuarterlyTransparencyReport report = transparency.quarterReport(ORG, "2025-Q1");

    assertThat(report.quarter()).isEqualTo(Quarter.of(2025, 1));
    assertThat(report.totalCosts().toPlainString()).isEqualTo("450.00");
    assertThat(report.costsOf("staff").toPlainString()).isEqualTo("330.00");
    assertThat(report.monthlyPrice().toPlainString()).isEqualTo("5.00");
    assertThat(report.members()).isEqualTo(3);
    assertRefused(() -> transparency.quarterReport(ORG, "2019-Q1"), ErrorCode.NOT_FOUND);
    assertRefused(() -> transparency.quarterReport(ORG, null), ErrorCode.MISSING_FIELD);
  }

  @Test
  void allocatesADecidedSurplusByThePlanAndPublishesTheYear() {
    books.record(quarter("2025-Q4", null, "staff", "300.00"));
    books.record(quarter("2026-Q1", null, "staff", "310.00"));
    AllocateSurplus.SurplusDecision decision = new AllocateSurplus.SurplusDecision(ORG, "ga-2026/surplus", 2025,
        null, "90000.00", List.of(new CostEntry("staff", "60000.00")), 1500, "5.00", PLAN, null,
        "price_decrease", new AllocateSurplus.Reserve("2000.00", 3, null), ADMIN);

    AllocateSurplus.Allocated allocated = surplus.decide(decision);

    assertThat(allocated.version()).isEqualTo(1);
    assertThat(allocated.allocation().surplus().toPlainString()).isEqualTo("30000.00");
    assertThat(allocated.allocation().allocationOf("solidarity").toPlainString()).isEqualTo("9000.00");
    assertThat(allocated.allocation().allocationOf("research").toPlainString()).isEqualTo("1500.00");
    assertThat(allocated.allocation().marginPercent()).isEqualByComparingTo(new BigDecimal("33.33"));
    assertThat(surplus.decided(ORG)).extracting(a -> a.decision().resolution().value())
        .containsExactly("ga-2026/surplus");
    assertRefused(() -> surplus.decide(decision), ErrorCode.CONCURRENT_UPDATE);
    assertThat(audit("surplus allocation")).containsExactly("SurplusAllocationDecided");

    ReportTransparency.PublishedYear year = transparency.publishedYear(ORG).orElseThrow();
    assertThat(year.year()).isEqualTo(2025);
    assertThat(year.quarters()).extracting(BookedQuarter::quarter).containsExactly(Quarter.of(2025, 4));
    assertThat(year.decision()).isEqualTo(allocated.decision());
    assertThat(year.price().current().toPlainString()).isEqualTo("5.00");
    assertThat(year.name()).isEqualTo(PortsFixtures.organisation(ACME).name());
    assertThat(transparency.publishedYear(OTHER.value())).isEmpty();
  }

  @Test
  void pagesTheDecidedAllocationsByResolution() {
    books.record(quarter("2025-Q4", null, "staff", "300.00"));
    for (String resolution : List.of("ga-2026/c", "ga-2026/a", "ga-2026/b")) {
      surplus.decide(new AllocateSurplus.SurplusDecision(ORG, resolution, 2025, null, "90000.00",
          List.of(new CostEntry("staff", "60000.00")), 1500, "5.00", PLAN, null, null, null, ADMIN));
    }

    List<String> first = surplus.decided(ORG, 2, null).stream().map(a -> a.decision().resolution().value()).toList();
    List<String> rest = surplus.decided(ORG, 2, first.get(1)).stream()
        .map(a -> a.decision().resolution().value()).toList();

    assertThat(first).containsExactly("ga-2026/a", "ga-2026/b");
    assertThat(rest).containsExactly("ga-2026/c");
    assertThat(surplus.decided(ORG, null, null)).isEqualTo(surplus.decided(ORG));
    assertThat(surplus.decided(OTHER.value(), null, null)).isEmpty();
    assertRefused(() -> surplus.decided(ORG, 0, null), ErrorCode.INVALID_FIELD);
    assertRefused(() -> surplus.decided(ORG, 10, ""), ErrorCode.INVALID_FIELD);
  }

  @Test
  void refusesAPlanWhosePercentsDoNotAddUpTo100AndStoresNothing() {
    AllocateSurplus.SurplusDecision decision = new AllocateSurplus.SurplusDecision(ORG, "ga/bad", 2025, null,
        "100.00", null, 1, "5.00", List.of(new AllocateSurplus.Share("a", "60")), null, null, null, ADMIN);

    assertRefused(() -> surplus.decide(decision), ErrorCode.PERCENTS_NOT_100);
    assertThat(surplus.decided(ORG)).isEmpty();
    assertThat(transparency.publishedYear(ORG)).isEmpty();
    assertThat(audit("surplus allocation")).isEmpty();
  }

  @Test
  void checksARequestForHelpAgainstTheCharter() {
    CheckAidEligibility.ApplicantFigures paying = new CheckAidEligibility.ApplicantFigures("m1", "1200.00",
        BigDecimal.valueOf(40), 0, "0.00", true, List.of());
    CheckAidEligibility.ApplicantFigures landlord = new CheckAidEligibility.ApplicantFigures("m2", "1200.00",
        BigDecimal.valueOf(40), 3, "0.00", false, null);
    CheckAidEligibility.Ask loan = new CheckAidEligibility.Ask("ZERO_RATE_LOAN", "2000.00", 24, null, null, null, null);
    CheckAidEligibility.Ask grant = new CheckAidEligibility.Ask("EMERGENCY_GRANT", "500.00", null, null, null, null, null);
    LocalDate on = LocalDate.parse("2026-06-01");

    Eligibility eligible = solidarity.check(new CheckAidEligibility.EligibilityQuestion(on, null, paying, loan));
    Eligibility refused = solidarity.check(new CheckAidEligibility.EligibilityQuestion(on, null, landlord, grant));

    assertThat(eligible.outcomes()).hasSizeGreaterThan(1);
    assertThat(eligible.eligible()).isEqualTo(eligible.outcomes().stream().allMatch(o -> o.passed()));
    assertThat(refused.eligible()).isFalse();
    assertThat(refused.outcomes()).anyMatch(o -> !o.passed() && !o.reason().isBlank());
    assertRefused(() -> solidarity.check(new CheckAidEligibility.EligibilityQuestion(on, null, paying,
        new CheckAidEligibility.Ask("ZERO_RATE_LOAN", "2000.00", null, null, null, null, null))),
        ErrorCode.MISSING_FIELD);
    assertRefused(() -> solidarity.check(new CheckAidEligibility.EligibilityQuestion(on, null, paying,
        new CheckAidEligibility.Ask("LOTTERY", "5.00", null, null, null, null, null))), ErrorCode.INVALID_FIELD);
  }
}
