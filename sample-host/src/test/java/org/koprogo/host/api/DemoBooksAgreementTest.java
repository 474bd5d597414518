/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.accounting.Books;
import org.koprogo.domain.accounting.ChartOfAccounts;
import org.koprogo.domain.sale.ChargeSplit;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.demo.DemoData;
import org.koprogo.ports.application.Bookkeeping;
import org.koprogo.ports.in.GiveSaleInformation;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.statement.ReadOwnerStatement;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * The demo building's books agree with its owners' statements and its sale information
 * (docs/accounting.md, docs/sale-of-a-lot.md): 2025 is closed with a balanced trial balance;
 * every demo owner's account 410 equals their statement's balance at the closing date of 2025 and
 * today; the reserve fund is its calls minus its uses and the working capital is not 0; the sale
 * information of lot C3 is what the statement and the books say, to the cent. Read only: it
 * holds whatever the other tests of the run posted to the demo building.
 */
@MicronautTest
class DemoBooksAgreementTest {
  private static final LocalDate CLOSING_2025 = LocalDate.of(2025, 12, 31);
  private static final LocalDate TRANSFER = LocalDate.of(2026, 11, 16);
  private static final List<String> OWNERS = List.of("o-peeters", "o-janssens", "o-maes", "o-jacobs",
      "o-mertens", "o-willems", "o-claes", "o-goossens", "o-wouters", "o-dubois", "o-lambert", "o-dupont");

  @Inject
  KeepBooks books;

  @Inject
  Bookkeeping bookkeeping;

  @Inject
  ReadOwnerStatement statements;

  @Inject
  GiveSaleInformation sales;

  @Inject
  OutPorts ports;

  private Money account(String owner, LocalDate asOf) {
    return books.ownerBalance(new KeepBooks.OwnerQuery(DemoData.TILLEULS, DemoData.BUILDING, owner, asOf));
  }

  private Money statement(String owner, LocalDate asOf) {
    return statements.statement(DemoData.TILLEULS, owner, asOf, null).statement().balance();
  }

  @Test
  void closes2025WithABalancedTrialBalanceThatAgreesWithEveryOwnersStatement() {
    KeepBooks.YearQuery y2025 = new KeepBooks.YearQuery(DemoData.TILLEULS, DemoData.BUILDING, 2025);
    Books kept = bookkeeping.books(DemoData.TILLEULS, DemoData.BUILDING);
    LocalDate today = LocalDate.now();

    assertThat(books.trialBalance(y2025).balanced()).isTrue();
    // docs/accounting.md, the worked year: 103,900.00 on each side, closing included
    assertThat(books.trialBalance(y2025).totalDebit()).isEqualTo(Money.parse("103900.00", Money.EUR));
    assertThat(kept.balance(ChartOfAccounts.BANK_CURRENT, CLOSING_2025)).isEqualTo(Money.parse("9200.00", Money.EUR));
    assertThat(kept.balance(ChartOfAccounts.SUPPLIERS, CLOSING_2025)).isEqualTo(Money.parse("-6300.00", Money.EUR));
    assertThat(kept.balanceSheet(CLOSING_2025).balanced()).isTrue();
    assertThat(kept.closedThrough()).isEqualTo(CLOSING_2025);
    for (String owner : OWNERS) {
      assertThat(statement(owner, CLOSING_2025)).as(owner + " at the closing of 2025")
          .isEqualTo(account(owner, CLOSING_2025));
      assertThat(statement(owner, today)).as(owner + " today").isEqualTo(account(owner, today));
      assertThat(statement(owner, TRANSFER)).as(owner + " on " + TRANSFER).isEqualTo(account(owner, TRANSFER));
    }
    // every owner paid 2025 in full: each account is 0.00 at the closing
    assertThat(OWNERS).allSatisfy(o -> assertThat(account(o, CLOSING_2025).isZero()).as(o).isTrue());
    // Louis Dupont owes the fourth quarter of 2026 (420.00) and the reminder fee (15.00), less the
    // 100.00 he paid on 20 April 2026 (recorded from the bank: posted to the books)
    assertThat(statement("o-dupont", TRANSFER)).isEqualTo(Money.parse("335.00", Money.EUR));
  }

  @Test
  void theFundsAreWhatTheCallsPutInAndTheUsesTookOut() {
    Books kept = bookkeeping.books(DemoData.TILLEULS, DemoData.BUILDING);
    LocalDate before = TRANSFER.minusDays(1);

    // 4 x 1,000.00 in 2025 - 1,500.00 gutter + 4 x 1,000.00 in 2026
    assertThat(kept.balance(ChartOfAccounts.RESERVE_FUND, before).negated()).isEqualTo(Money.parse("6500.00", Money.EUR));
    // 2025's unused provisions (20,000.00 - 19,600.00) carried into account 100 by the closing
    assertThat(kept.balance(ChartOfAccounts.WORKING_CAPITAL, CLOSING_2025).negated())
        .isEqualTo(Money.parse("400.00", Money.EUR));
    // + 4 x 5,000.00 called in 2026 + 15.00 reminder fee - 8,450.00 charges by 15 November
    assertThat(kept.workingCapital(before)).isEqualTo(Money.parse("11965.00", Money.EUR));
  }

  @Test
  void theSaleInformationOfLotC3IsWhatTheStatementAndTheBooksSay() {
    Books kept = bookkeeping.books(DemoData.TILLEULS, DemoData.BUILDING);
    LocalDate before = TRANSFER.minusDays(1);
    Lot c3 = ports.lots().get(OrganisationId.of(DemoData.TILLEULS), org.koprogo.domain.building.LotId.of("C3"));

    SaleInformation sale = sales.saleInformation(new GiveSaleInformation.Query(DemoData.TILLEULS, "C3", TRANSFER,
        "QUARTERLY", List.of(), List.of()));

    assertThat(sale.seller().value()).isEqualTo("o-dupont");
    assertThat(sale.arrears()).isEqualTo(statement("o-dupont", before)).isEqualTo(account("o-dupont", before))
        .isEqualTo(Money.parse("335.00", Money.EUR));
    assertThat(sale.reserveFund()).isEqualTo(kept.balance(ChartOfAccounts.RESERVE_FUND, before).negated());
    assertThat(sale.workingCapital()).isEqualTo(kept.workingCapital(before));
    // 70 / 1,000 of 6,500.00 and of 11,965.00 (half up)
    assertThat(sale.reserveFundShare()).isEqualTo(Money.parse("455.00", Money.EUR));
    assertThat(sale.workingCapitalShare()).isEqualTo(Money.parse("837.55", Money.EUR));
    assertThat(c3.shares()).isEqualByComparingTo("70");
    // the split covers the fourth quarter's call to the cent, the call the statement and the books hold
    Money called = Money.zero(Money.EUR);
    for (ChargeSplit s : sale.split()) {
      assertThat(s.seller().plus(s.buyer())).isEqualTo(s.amount());
      called = called.plus(s.amount());
    }
    assertThat(called).isEqualTo(Money.parse("420.00", Money.EUR));
    Money q4 = called;
    assertThat(statements.statement(DemoData.TILLEULS, "o-dupont", before, null).statement().lines())
        .anySatisfy(l -> {
          assertThat(l.installment().id().value()).isEqualTo("call-264-C3");
          assertThat(l.installment().amount()).isEqualTo(q4);
        });
    assertThat(sale.sellerTotal()).isEqualTo(Money.parse("245.00", Money.EUR));
    assertThat(sale.buyerTotal()).isEqualTo(Money.parse("175.00", Money.EUR));
    // §1, 5° and 6°: the lot's calls of the last two years (2025 and 2026: eight quarters), the last balance sheet
    assertThat(sale.callsOfLastTwoYears()).hasSize(8);
    assertThat(sale.lastBalanceSheetOn()).isEqualTo(CLOSING_2025);
    // art. 3.94 §2, 1°: the register's elevator doors, distributed over the building's lots by their shares
    // as an expense is: C3's 70 / 1,000 of 18,000.00, and the lots' parts add up to the total
    List<org.koprogo.domain.sale.CommitmentShare> works = sale.commitments(org.koprogo.domain.sale.CommitmentKind.WORKS);
    assertThat(works).extracting(w -> w.commitment().id()).contains("elevator-doors-2026");
    org.koprogo.domain.sale.Commitment doors = works.stream().filter(w -> w.commitment().id()
        .equals("elevator-doors-2026")).findFirst().orElseThrow().commitment();
    assertThat(works.stream().filter(w -> w.commitment() == doors).findFirst().orElseThrow().lotShare())
        .isEqualTo(Money.parse("1260.00", Money.EUR));
    List<Lot> lots = ports.lots().ofBuilding(OrganisationId.of(DemoData.TILLEULS),
        org.koprogo.domain.building.BuildingId.of(DemoData.BUILDING));
    java.util.Map<org.koprogo.domain.building.LotId, java.math.BigDecimal> shares = new java.util.LinkedHashMap<>();
    lots.forEach(l -> shares.put(l.id(), l.shares()));
    org.koprogo.domain.charges.Distribution d = doors.distribution(lots.stream().map(Lot::id).toList(),
        new org.koprogo.domain.charges.DistributionKey("general", shares));
    assertThat(d.amountOf(org.koprogo.domain.building.LotId.of("C3"))).isEqualTo(Money.parse("1260.00", Money.EUR));
    assertThat(d.allocations().values().stream().map(Money::minorUnits).mapToLong(Long::longValue).sum())
        .isEqualTo(1_800_000L);
  }
}
