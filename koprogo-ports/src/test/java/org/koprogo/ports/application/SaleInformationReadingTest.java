/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.GiveSaleInformation;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.memory.InMemoryJournal;
import org.koprogo.ports.memory.MemoryDatabase;

/** The sale information of a demo lot equals what its owner's account and the books say, to the cent. */
class SaleInformationReadingTest {
  private static final String ORG = UseCaseFixtures.ORG;
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final Bookkeeping books =
      new Bookkeeping(store.ports(), new InMemoryJournal(store), CommandValidation.with(UseCaseFixtures.VALIDATOR));
  private final GiveSaleInformation sales =
      new SaleInformationReading(store.ports(), books, CommandValidation.with(UseCaseFixtures.VALIDATOR));

  SaleInformationReadingTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    UseCaseFixtures.useCases(store).registerBuilding().register(UseCaseFixtures.threeLots());
    for (int q = 1; q <= 4; q++) {
      books.postCallForFunds(new KeepBooks.Call(ORG, "B1", "c" + q, LocalDate.of(2026, 3 * q - 2, 1), "O2", "A2", q, q,
          "300.00", "75.00", "syndic-1"));
    }
    books.postPayment(new KeepBooks.OwnerMovement(ORG, "B1", "p1", LocalDate.of(2026, 1, 10), "O2", "Q1", "375.00", "syndic-1"));
    books.postReserveUse(new KeepBooks.Movement(ORG, "B1", "r1", LocalDate.of(2026, 3, 1), "gutter", "100.00", null, "syndic-1"));
  }

  private SaleInformation sale(String lot, String transferOn) {
    return sales.saleInformation(new GiveSaleInformation.Query(ORG, lot, LocalDate.parse(transferOn), "QUARTERLY",
        List.of("none"), List.of("minutes 2024", "minutes 2025")));
  }

  @Test
  void agreesWithTheOwnersAccountAndTheBooks() {
    SaleInformation info = sale("A2", "2026-05-16");

    assertThat(info.arrears()).isEqualTo(books.ownerBalance(new KeepBooks.OwnerQuery(ORG, "B1", "O2", LocalDate.of(2026, 5, 15))));
    assertThat(info.arrears()).isEqualTo(Money.parse("375.00", Money.EUR));
    assertThat(info.reserveFund()).isEqualTo(Money.parse("50.00", Money.EUR));
    assertThat(info.reserveFundShare()).isEqualTo(Money.parse("15.00", Money.EUR));
    assertThat(info.split().get(0).seller().plus(info.split().get(0).buyer())).isEqualTo(Money.parse("300.00", Money.EUR));
    assertThat(info.split().get(0).seller()).isEqualTo(Money.parse("148.35", Money.EUR));
    assertThat(info.callsDueAfterTransfer()).hasSize(2);
    assertThat(info.documents()).containsExactly("minutes 2024", "minutes 2025");
  }

  @Test
  void refusesALotWithSeveralOwnersOrUnknown() {
    assertRefused(() -> sale("A1", "2026-05-16"), ErrorCode.INVALID_TRANSFER_DATE);
    assertRefused(() -> sale("Z9", "2026-05-16"), ErrorCode.NOT_FOUND);
  }
}
