/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.accounting.Books;
import org.koprogo.domain.accounting.ChartOfAccounts;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.sale.Commitment;
import org.koprogo.domain.sale.CommitmentKind;
import org.koprogo.domain.sale.CommitmentShare;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.application.Bookkeeping;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.CommitmentKeeping;
import org.koprogo.ports.application.EarlierPaymentsPosting;
import org.koprogo.ports.application.SaleInformationReading;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.GiveSaleInformation;
import org.koprogo.ports.in.KeepCommitments;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.penalty.DefaultPenaltyPolicy;
import org.koprogo.ports.in.statement.ReadOwnerStatement;
import org.koprogo.ports.in.statement.PostEarlierPayments;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.StatementTerms;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.Commitments;
import org.koprogo.ports.out.Journal;
import org.koprogo.ports.out.PenaltyPolicies;

/**
 * An integrator's acceptance scenario for a building's double-entry books, driven through {@code
 * ports.in} only: calls for funds (a lot in indivision called to each co-owner), payments posted
 * and recorded from the bank, a penalty, charges, works paid by the reserve fund, the year's
 * closing; each owner's statement is their account 410 to the cent on every date, the reserve fund
 * is its calls minus its uses, the working capital keeps the provisions the charges did not use,
 * and the sale information of a lot is what the statement and the books say; the register of the
 * association's commitments (art. 3.94 §2) kept through {@code KeepCommitments} and told to the
 * notary with the lot's part. Runs on the in-memory store, H2 and PostgreSQL.
 */
public abstract class BooksAcceptanceContract extends ContractBase {
  private static final String ORG = ACME.value();
  private static final StatementTerms TERMS =
      new StatementTerms(new DefaultPenaltyPolicy(new BigDecimal("8"), "statutes art. 18", 15), 30);

  private Bookkeeping books;
  private RecordOwnerPayment payments;
  private ReadOwnerStatement statements;
  private GiveSaleInformation sales;
  private KeepCommitments register;
  private Commitments registers;

  /**
   * The journal of the adapter under test, on the ports {@link #freshPorts} returned last.
   *
   * @return the journal
   */
  protected abstract Journal journal();

  /**
   * The late-penalty policies of the adapter under test, on the ports {@link #freshPorts} returned
   * last.
   *
   * @return the policies
   */
  protected abstract PenaltyPolicies penaltyPolicies();

  /**
   * The registers of commitments of the adapter under test, on the ports {@link #freshPorts}
   * returned last.
   *
   * @return the registers
   */
  protected abstract Commitments commitments();

  @BeforeEach
  void registerABuildingWithALotInIndivision() {
    UseCases useCases = new UseCases(ports, CommandValidation.none());
    books = new Bookkeeping(ports, journal(), CommandValidation.none());
    payments = useCases.recordOwnerPayment(books);
    statements = useCases.readOwnerStatement(penaltyPolicies(), LegalInterestRates.belgium(), TERMS, books);
    registers = commitments();
    sales = new SaleInformationReading(ports, books, registers, CommandValidation.none());
    register = new CommitmentKeeping(ports, registers, CommandValidation.none());
    ports.organisations().add(PortsFixtures.organisation(ACME));
    useCases.registerBuilding().register(new RegisterBuilding.Command(ORG, "B1", "Résidence Les Tilleuls",
        "Rue des Tilleuls 1, 1000 Bruxelles", new BigDecimal("1000"), "EUR",
        List.of(
            new RegisterBuilding.LotLine("A1", "A1", new BigDecimal("600"), List.of(
                new RegisterBuilding.OwnershipLine("O1", "1/2"), new RegisterBuilding.OwnershipLine("O2", "1/2"))),
            new RegisterBuilding.LotLine("A2", "A2", new BigDecimal("400"), List.of(
                new RegisterBuilding.OwnershipLine("O3", "1")))),
        List.of(owner("O1"), owner("O2"), owner("O3")), "syndic-1"));
  }

  private static RegisterBuilding.OwnerLine owner(String id) {
    return new RegisterBuilding.OwnerLine(id, "Owner " + id, "", "", "");
  }

  private static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  private void call(int year, int quarter, String owner, String lot, String workingCapital, String reserve) {
    books.postCallForFunds(new KeepBooks.Call(ORG, "B1", "call-" + year + quarter + "-" + lot + "-" + owner,
        LocalDate.of(year, 3 * quarter - 2, 1), owner, lot, quarter, (year % 100) * 10 + quarter, workingCapital,
        reserve, "syndic-1"));
  }

  private Money account(String owner, LocalDate asOf) {
    return books.ownerBalance(new KeepBooks.OwnerQuery(ORG, "B1", owner, asOf));
  }

  private Money statement(String owner, LocalDate asOf) {
    return statements.statement(ORG, owner, asOf, null).statement().balance();
  }

  @Test
  void theStatementsAreTheOwnersAccountsAndTheFundsWhatTheCallsPutIn() {
    for (int q = 1; q <= 4; q++) {
      call(2025, q, "O1", "A1", "750.00", "150.00");
      call(2025, q, "O2", "A1", "750.00", "150.00");
      call(2025, q, "O3", "A2", "1000.00", "200.00");
    }
    for (int q = 1; q <= 4; q++) {
      books.postPayment(new KeepBooks.OwnerMovement(ORG, "B1", "pay-25" + q + "-O1", LocalDate.of(2025, 3 * q - 2, 11),
          "O1", "transfer", "900.00", "syndic-1"));
      payments.record(new RecordOwnerPayment.Payment(ORG, "O2", "bank-25" + q + "-O2", LocalDate.of(2025, 3 * q - 2, 12),
          "900.00", "+++025/1000/00297+++", "syndic-1"));
      if (q < 4) {
        payments.record(new RecordOwnerPayment.Payment(ORG, "O3", "bank-25" + q + "-O3",
            LocalDate.of(2025, 3 * q - 2, 15), "1200.00", "", "syndic-1"));
      }
    }
    books.postPenalty(new KeepBooks.OwnerMovement(ORG, "B1", "fee-254-O3", LocalDate.of(2025, 11, 3), "O3",
        "reminder fee", "15.00", "syndic-1"));
    books.postExpense(new KeepBooks.Movement(ORG, "B1", "cleaning-2025", LocalDate.of(2025, 6, 30), "cleaning",
        "9800.00", "610", "syndic-1"));
    books.postReserveUse(new KeepBooks.Movement(ORG, "B1", "gutter-2025", LocalDate.of(2025, 9, 15), "gutter",
        "1500.00", null, "syndic-1"));
    books.closeYear(new KeepBooks.YearClosing(ORG, "B1", "closing-2025", 2025, "syndic-1"));
    call(2026, 1, "O3", "A2", "1000.00", "200.00");

    LocalDate closing = LocalDate.of(2025, 12, 31);
    for (String owner : List.of("O1", "O2", "O3")) {
      for (LocalDate d : List.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 10, 5), closing, LocalDate.of(2026, 2, 1))) {
        assertThat(statement(owner, d)).as(owner + " on " + d).isEqualTo(account(owner, d));
      }
    }
    assertThat(account("O1", closing)).isEqualTo(eur("0.00"));
    assertThat(account("O2", closing)).isEqualTo(eur("0.00"));
    assertThat(account("O3", closing)).isEqualTo(eur("1215.00"));
    Books kept = books.books(ORG, "B1");
    assertThat(kept.trialBalance(LocalDate.of(2025, 1, 1), closing).balanced()).isTrue();
    // 4 x (150.00 + 150.00 + 200.00) - 1,500.00
    assertThat(kept.balance(ChartOfAccounts.RESERVE_FUND, closing).negated()).isEqualTo(eur("500.00"));
    // 4 x 2,500.00 + 15.00 - 9,800.00, kept in account 100 by the closing
    assertThat(kept.balance(ChartOfAccounts.WORKING_CAPITAL, closing).negated()).isEqualTo(eur("215.00"));
    assertThat(kept.workingCapital(LocalDate.of(2026, 2, 1))).isEqualTo(eur("1215.00"));

    SaleInformation sale = sales.saleInformation(new GiveSaleInformation.Query(ORG, "A2", LocalDate.of(2026, 2, 16),
        "QUARTERLY", List.of(), List.of()));
    assertThat(sale.arrears()).isEqualTo(statement("O3", LocalDate.of(2026, 2, 15))).isEqualTo(eur("2415.00"));
    assertThat(sale.workingCapital()).isEqualTo(eur("1215.00"));
    assertThat(sale.workingCapitalShare()).isEqualTo(eur("486.00"));
    assertThat(sale.reserveFund()).isEqualTo(eur("700.00"));
    assertThat(sale.lastBalanceSheetOn()).isEqualTo(closing);
  }

  private KeepCommitments.Registered commit(String id, String kind, String decidedOn, String decidedBy,
      String assembly, String item, String total, List<DistributeExpense.KeyPart> keys, String calledOn) {
    return register.record(new KeepCommitments.Command(ORG, "B1", id, kind, LocalDate.parse(decidedOn), decidedBy,
        assembly, item, id + " label", total, keys, calledOn == null ? null : LocalDate.parse(calledOn),
        "syndic-1"));
  }

  private void assemblyOfTheBuilding() {
    ports.assemblies().add(new Assembly(ACME, AssemblyId.of("ga-2025"), BuildingId.of("B1"), LocalDate.of(2025, 11, 20),
        "FIRST", "BE_COPROPRIETE", "CLOSED",
        List.of(new Assembly.Resolution("item-4", "Facade renovation", "TWO_THIRDS", "ADOPTED")), 0));
  }

  @Test
  void theRegisterTellsTheNotaryTheCommitmentsPendingAtTheTransferWithTheLotsPart() {
    assemblyOfTheBuilding();
    commit("facade", "WORKS", "2025-11-20", "GENERAL_ASSEMBLY", "ga-2025", "item-4", "12000.01", List.of(), null);
    commit("lift", "WORKS", "2025-11-20", "GENERAL_ASSEMBLY", null, null, "3000.00",
        List.of(new DistributeExpense.KeyPart("elevator", new BigDecimal("1"),
            Map.of("A1", new BigDecimal("1.50"), "A2", new BigDecimal("0.5")))), null);
    commit("roof", "URGENT_WORKS", "2026-01-10", "SYNDIC", null, null, "900.00", List.of(), "2026-03-01");
    commit("gutter", "URGENT_WORKS", "2025-12-01", "SYNDIC", null, null, "100.00", List.of(), "2026-01-05");
    commit("garden", "COMMON_PARTS_ACQUISITION", "2025-11-20", "GENERAL_ASSEMBLY", "ga-2025", null, "20000.00",
        List.of(), null);
    commit("claim", "LITIGATION_DEBT", "2025-03-01", "SYNDIC", null, null, "3333.33", List.of(), null);
    commit("later", "WORKS", "2026-02-16", "GENERAL_ASSEMBLY", null, null, "500.00", List.of(), null);

    GiveSaleInformation.Given given = sales.give(new GiveSaleInformation.Query(ORG, "A2", LocalDate.of(2026, 2, 16),
        "QUARTERLY", List.of(), List.of()));
    SaleInformation sale = given.information();

    assertThat(given.building()).isEqualTo("B1");
    // the gutter was asked before the transfer (the seller paid it); "later" was decided on the day
    assertThat(sale.commitments()).extracting(c -> c.commitment().id())
        .containsExactly("facade", "lift", "roof", "garden", "claim");
    // 400 / 1,000 of 12,000.01 by largest remainder (A1 takes the cent); a quarter of the lift
    assertThat(sale.commitments(CommitmentKind.WORKS)).extracting(CommitmentShare::lotShare)
        .containsExactly(eur("4800.00"), eur("750.00"));
    assertThat(sale.commitmentsTotal(CommitmentKind.URGENT_WORKS)).isEqualTo(eur("360.00"));
    assertThat(sale.commitmentsTotal(CommitmentKind.COMMON_PARTS_ACQUISITION)).isEqualTo(eur("8000.00"));
    assertThat(sale.commitmentsTotal(CommitmentKind.LITIGATION_DEBT)).isEqualTo(eur("1333.33"));
    Commitment facade = sale.commitments().get(0).commitment();
    assertThat(facade.assembly()).isEqualTo("ga-2025");
    assertThat(facade.agendaItem()).isEqualTo("item-4");
    // what the register keeps reads back as recorded, the special key's weights to the decimal
    List<Commitment> kept = register.commitments(new KeepCommitments.BuildingQuery(ORG, "B1"));
    assertThat(kept).hasSize(7);
    assertThat(kept.get(1).key().get(0).key().weights()).containsEntry(org.koprogo.domain.building.LotId.of("A1"),
        new BigDecimal("1.50"));
    assertThat(kept.get(1).keyDescription()).isEqualTo("elevator");
    assertThat(kept.get(2).calledOn()).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void theRegisterIsReadAPageAtATimeInTheOrderRecorded() {
    List<String> ids = List.of("roof", "facade", "lift", "gutter", "garden");
    for (int i = 0; i < ids.size(); i++) {
      // every other one by a special key, so that a page reads the key parts of its commitments only
      commit(ids.get(i), "WORKS", "2025-11-20", "SYNDIC", null, null, (i + 1) + "00.00", i % 2 == 0 ? List.of()
          : List.of(new DistributeExpense.KeyPart("k" + i, BigDecimal.ONE, Map.of("A1", BigDecimal.ONE,
              "A2", new BigDecimal(i)))), null);
    }
    Commitments store = registers;
    store.add(ACME, BuildingId.of("B2"), store.ofBuilding(ACME, BuildingId.of("B1")).get(1));
    KeepCommitments.BuildingQuery b1 = new KeepCommitments.BuildingQuery(ORG, "B1");
    List<Commitment> whole = register.commitments(b1);

    for (int limit = 1; limit <= 6; limit++) {
      List<Commitment> read = new java.util.ArrayList<>();
      String after = null;
      List<Commitment> page;
      while (!(page = register.commitments(b1, limit, after)).isEmpty()) {
        assertThat(page.size()).isLessThanOrEqualTo(limit);
        read.addAll(page);
        after = page.get(page.size() - 1).id();
      }
      assertThat(read).as("limit " + limit).isEqualTo(whole);
    }
    assertThat(whole).extracting(Commitment::id).containsExactlyElementsOf(ids);
    assertThat(register.commitments(b1, 2, "facade")).extracting(Commitment::id).containsExactly("lift", "gutter");
    assertThat(register.commitments(b1, 2, "nothing")).isEmpty();
    assertThat(store.ofBuilding(ACME, BuildingId.of("B2"), java.util.Optional.empty(), 5))
        .extracting(Commitment::id).containsExactly("facade");
    assertThat(store.ofBuilding(ACME, BuildingId.of("B2"), java.util.Optional.of("roof"), 5)).isEmpty();
    assertRefused(() -> register.commitments(b1, 0, null), ErrorCode.INVALID_FIELD);
    assertRefused(() -> register.commitments(b1, 1001, null), ErrorCode.INVALID_FIELD);
    assertRefused(() -> register.commitments(b1, 10, "x".repeat(101)), ErrorCode.INVALID_FIELD);
    assertRefused(() -> register.commitments(new KeepCommitments.BuildingQuery(ORG, "B9"), 10, null),
        ErrorCode.NOT_FOUND);
  }

  @Test
  void eachWriteIsOnceWithItsAuditEntryAndARetryChangesNothing() {
    KeepCommitments.Registered first = commit("facade", "WORKS", "2025-11-20", "GENERAL_ASSEMBLY", null, null,
        "12000.01", List.of(), null);
    KeepCommitments.Registered again = commit("facade", "WORKS", "2025-11-20", "GENERAL_ASSEMBLY", null, null,
        "12000.01", List.of(), null);

    assertThat(first.duplicate()).isFalse();
    assertThat(again.duplicate()).isTrue();
    assertThat(again.commitment()).isEqualTo(first.commitment());
    assertRefused(() -> commit("facade", "WORKS", "2025-11-20", "GENERAL_ASSEMBLY", null, null, "12000.02",
        List.of(), null), ErrorCode.IDEMPOTENCY_CONFLICT);

    KeepCommitments.Registered called = register.markCalled(new KeepCommitments.Call(ORG, "B1", "facade",
        LocalDate.of(2026, 4, 1), "syndic-1"));
    assertThat(called.duplicate()).isFalse();
    assertThat(called.commitment().calledOn()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(register.markCalled(new KeepCommitments.Call(ORG, "B1", "facade", LocalDate.of(2026, 4, 1),
        "syndic-1")).duplicate()).isTrue();
    assertThat(commit("facade", "WORKS", "2025-11-20", "GENERAL_ASSEMBLY", null, null, "12000.01", List.of(), null)
        .duplicate()).as("the first command retried after the call").isTrue();
    assertRefused(() -> register.markCalled(new KeepCommitments.Call(ORG, "B1", "facade", LocalDate.of(2026, 4, 2),
        "syndic-1")), ErrorCode.IDEMPOTENCY_CONFLICT);
    assertRefused(() -> register.markCalled(new KeepCommitments.Call(ORG, "B1", "roof", LocalDate.of(2026, 4, 2),
        "syndic-1")), ErrorCode.NOT_FOUND);
    assertThat(register.commitment(new KeepCommitments.CommitmentQuery(ORG, "B1", "facade")).calledOn())
        .isEqualTo(LocalDate.of(2026, 4, 1));
    assertRefused(() -> register.commitment(new KeepCommitments.CommitmentQuery(ORG, "B1", "roof")),
        ErrorCode.NOT_FOUND);

    List<AuditTrail.AuditEntry> audit = ports.auditTrail().list(ACME,
        new AuditTrail.Query("commitment", "facade", 0, 100));
    assertThat(audit).extracting(e -> e.event().action()).containsExactly("CommitmentRecorded", "CommitmentCalled");
    assertThat(audit.get(0).event().details()).containsEntry("kind", "works").containsEntry("total", "12000.01");
  }

  @Test
  void aRefusedCommitmentLeavesNothing() {
    assemblyOfTheBuilding();
    assertRefused(() -> commit("facade", "WORKS", "2025-11-20", "GENERAL_ASSEMBLY", "ga-9", null, "100.00",
        List.of(), null), ErrorCode.NOT_FOUND);
    assertRefused(() -> commit("facade", "WORKS", "2025-11-20", "GENERAL_ASSEMBLY", "ga-2025", "item-9", "100.00",
        List.of(), null), ErrorCode.NOT_FOUND);
    assertRefused(() -> commit("lift", "WORKS", "2025-11-20", "GENERAL_ASSEMBLY", null, null, "100.00",
        List.of(new DistributeExpense.KeyPart("elevator", BigDecimal.ONE, Map.of("Z9", BigDecimal.ONE))), null),
        ErrorCode.UNKNOWN_UNIT);
    assertRefused(() -> commit("buy", "COMMON_PARTS_ACQUISITION", "2025-11-20", "SYNDIC", null, null, "100.00",
        List.of(), null), ErrorCode.INVALID_FIELD);
    assertRefused(() -> register.record(new KeepCommitments.Command(ORG, "B9", "x", "WORKS", LocalDate.of(2025, 1, 1),
        "SYNDIC", null, null, "x", "1.00", List.of(), null, "syndic-1")), ErrorCode.NOT_FOUND);

    assertThat(register.commitments(new KeepCommitments.BuildingQuery(ORG, "B1"))).isEmpty();
    assertThat(ports.auditTrail().list(ACME, new AuditTrail.Query("commitment", null, 0, 100))).isEmpty();
  }

  @Test
  void paymentsRecordedBeforeTheBooksAreBroughtIntoThemOnceTheClosedYearsOnTheOpeningDay() {
    PostEarlierPayments opening = new EarlierPaymentsPosting(ports, books, CommandValidation.none());
    PostEarlierPayments.Command open = new PostEarlierPayments.Command(ORG, "B1", "syndic-1");
    payments.record(new RecordOwnerPayment.Payment(ORG, "O3", "early-1", LocalDate.of(2025, 1, 5), "1200.00",
        "transfer Q1", "syndic-1"));
    payments.record(new RecordOwnerPayment.Payment(ORG, "O1", "early-2", LocalDate.of(2026, 1, 10), "100.00", "",
        "syndic-1"));

    assertRefused(() -> opening.post(open), ErrorCode.ILLEGAL_TRANSITION);

    call(2025, 1, "O3", "A2", "1000.00", "200.00");
    books.closeYear(new KeepBooks.YearClosing(ORG, "B1", "closing-2025", 2025, "syndic-1"));
    call(2026, 1, "O1", "A1", "750.00", "150.00");
    assertThat(account("O3", LocalDate.of(2026, 2, 1))).as("the payment is not in the books yet")
        .isEqualTo(eur("1200.00"));

    PostEarlierPayments.Posted posted = opening.post(open);
    PostEarlierPayments.Posted again = opening.post(open);
    payments.record(new RecordOwnerPayment.Payment(ORG, "O1", "later", LocalDate.of(2026, 2, 10), "800.00", "",
        "syndic-1"));
    PostEarlierPayments.Posted afterwards = opening.post(open);

    assertThat(posted.posted()).containsExactly("owner-payment-early-1", "owner-payment-early-2");
    assertThat(posted.openingDay()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(books.entry(new KeepBooks.EntryQuery(ORG, "B1", "owner-payment-early-1")).date())
        .isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(books.entry(new KeepBooks.EntryQuery(ORG, "B1", "owner-payment-early-2")).date())
        .isEqualTo(LocalDate.of(2026, 1, 10));
    assertThat(again.posted()).isEmpty();
    assertThat(again.alreadyInBooks()).isEqualTo(2);
    assertThat(afterwards.posted()).isEmpty();
    assertThat(afterwards.alreadyInBooks()).isEqualTo(3);
    // the closed year is untouched; from the opening day each statement is the owner's account again
    assertThat(account("O3", LocalDate.of(2025, 12, 31))).isEqualTo(eur("1200.00"));
    assertThat(account("O3", LocalDate.of(2026, 1, 1))).isEqualTo(eur("0.00"));
    assertThat(account("O1", LocalDate.of(2026, 3, 1))).isEqualTo(eur("0.00"));
    for (String owner : List.of("O1", "O3")) {
      for (LocalDate d : List.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 3, 1))) {
        assertThat(statement(owner, d)).as(owner + " on " + d).isEqualTo(account(owner, d));
      }
    }
    assertThat(ports.auditTrail().list(ACME, new AuditTrail.Query("building", "B1", 0, 1000)))
        .filteredOn(e -> e.event().action().equals(PostEarlierPayments.POSTED)).hasSize(1);
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call).isInstanceOf(KoproGoException.class)
        .satisfies(e -> assertThat(((KoproGoException) e).code()).isEqualTo(code));
  }
}
