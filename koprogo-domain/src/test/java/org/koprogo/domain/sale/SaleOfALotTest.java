/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.accounting.BooksFixtures.BRUNO;
import static org.koprogo.domain.accounting.BooksFixtures.eur;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.accounting.Books;
import org.koprogo.domain.accounting.BooksFixtures;
import org.koprogo.domain.accounting.FinancialYear;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

class SaleOfALotTest {
  private static final Fraction SHARE = Fraction.of(400, 1000);
  private static final LocalDate TRANSFER = LocalDate.of(2026, 11, 16);

  private static SaleInformation sale(Books books, LocalDate transferOn) {
    return SaleOfALot.information(books, LotId.of("B1"), BRUNO, SHARE, transferOn, CallFrequency.QUARTERLY,
        List.of(SaleOfALot.works("facade", LocalDate.of(2026, 6, 1), eur(1_200_001), SHARE)),
        List.of("claim against the roofer, Brussels court"), List.of("minutes 2024-2026", "statements 2025-2026"));
  }

  @Test
  void givesTheNotaryTheFiguresOfTheBooksOnTheDayBefore() {
    SaleInformation info = sale(BooksFixtures.demoYear(), TRANSFER);

    assertThat(info.arrears()).isEqualTo(eur(50000));
    assertThat(info.reserveFund()).isEqualTo(eur(40000));
    assertThat(info.reserveFundShare()).isEqualTo(eur(16000));
    // the provisions called by 15 November (4 x 1,000.00) minus the charges they paid (2,445.00)
    assertThat(info.workingCapital()).isEqualTo(eur(155500));
    assertThat(info.workingCapitalShare()).isEqualTo(eur(62200));
    assertThat(info.callsOfLastTwoYears()).extracting(CallForFunds::period).containsExactly(1, 2, 3, 4);
    assertThat(info.lastBalanceSheetOn()).isNull();
    assertThat(info.worksNotYetCalled().get(0).lotShare()).isEqualTo(eur(480000));
    assertThat(info.callsDueAfterTransfer()).isEmpty();
    assertThat(info.litigation()).hasSize(1);
  }

  @Test
  void splitsTheOrdinaryChargesOfTheCurrentCallByDaysAndLeavesItsReserveToTheSeller() {
    SaleInformation info = sale(BooksFixtures.demoYear(), TRANSFER);

    ChargeSplit wc = info.split().get(0);
    ChargeSplit reserve = info.split().get(1);

    assertThat(wc.from()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(wc.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(wc.seller()).isEqualTo(eur(20000));
    assertThat(wc.buyer()).isEqualTo(eur(20000));
    assertThat(reserve.seller()).isEqualTo(eur(10000));
    assertThat(reserve.buyer()).isEqualTo(eur(0));
  }

  @Test
  void givesTheBuyerTheCallsDueFromTheTransferDate() {
    SaleInformation info = sale(BooksFixtures.demoYear(), LocalDate.of(2026, 10, 1));

    assertThat(info.callsDueAfterTransfer()).extracting(CallForFunds::period).containsExactly(4);
    assertThat(info.buyerTotal()).isEqualTo(eur(50000));
    assertThat(info.arrears()).isEqualTo(eur(0));
  }

  @Test
  void namesTheLastClosedYearsBalanceSheetAndKeepsTheWorkingCapitalThroughTheClosing() {
    Books books = BooksFixtures.demoYear();
    Books closed = books.post(books.closing(FinancialYear.calendar(2026), "close"));

    SaleInformation info = sale(closed, LocalDate.of(2027, 2, 1));

    assertThat(info.lastBalanceSheetOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(info.workingCapital()).isEqualTo(eur(400000 + 1250 - 244500));
    assertThat(info.callsOfLastTwoYears()).hasSize(4);
  }

  @Test
  void refusesATransferInAClosedYear() {
    Books books = BooksFixtures.demoYear();
    Books closed = books.post(books.closing(FinancialYear.calendar(2026), "close"));

    assertThatThrownBy(() -> sale(closed, TRANSFER))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSFER_DATE));
  }
}
