/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.accounting.ChartOfAccounts;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.payment.CallReference;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.application.BankStatementImport;
import org.koprogo.ports.application.Bookkeeping;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.ImportBankStatements;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.memory.InMemoryBankLines;
import org.koprogo.ports.memory.InMemoryJournal;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;

/**
 * A real-format statement imported end to end on the in-memory store: the credit naming a call by
 * its structured communication is matched, the one without reference proposed by amount and
 * payer name, the others queued; the same file twice records nothing more; a malformed file
 * changes nothing; the books stay balanced and agree with each owner's account.
 */
class BankStatementImportTest {
  private static final String ORG = ACME.value();
  private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
  private final MemoryDatabase store = new MemoryDatabase(ManualClock.at(PortsFixtures.T0));
  private final InMemoryJournal journal = new InMemoryJournal(store);
  private final InMemoryBankLines bankLines = new InMemoryBankLines(store);
  private final CommandValidation validation =
      CommandValidation.with(Validation.buildDefaultValidatorFactory().getValidator());
  private final Bookkeeping books = new Bookkeeping(store.ports(), journal, validation);
  private final ImportBankStatements statements =
      new BankStatementImport(store.ports(), bankLines, new BankStatementFiles(), books, validation);
  private final String anneReference;

  BankStatementImportTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    new UseCases(store.ports(), validation).registerBuilding().register(new RegisterBuilding.Command(
        ORG, "B1", "Résidence Les Tilleuls", "Rue de la Loi 16, 1000 Bruxelles", new BigDecimal("1000"), "EUR",
        List.of(
            new RegisterBuilding.LotLine("A1", "Flat A1", new BigDecimal("600"), List.of(new RegisterBuilding.OwnershipLine("O1", "1"))),
            new RegisterBuilding.LotLine("A2", "Flat A2", new BigDecimal("400"), List.of(new RegisterBuilding.OwnershipLine("O2", "1")))),
        List.of(
            new RegisterBuilding.OwnerLine("O1", "Anne Peeters", "", "", ""),
            new RegisterBuilding.OwnerLine("O2", "Bruno Dubois", "", "", "")),
        "syndic-1"));
    KeepBooks.Posted anne = books.postCallForFunds(new KeepBooks.Call(
        ORG, "B1", "call-1-A1", LocalDate.of(2026, 1, 1), "O1", "A1", 1, 1, "600.00", "150.00", "syndic-1"));
    books.postCallForFunds(new KeepBooks.Call(
        ORG, "B1", "call-1-A2", LocalDate.of(2026, 1, 1), "O2", "A2", 1, 1, "400.00", "100.00", "syndic-1"));
    anneReference = anne.reference();
  }

  private ImportBankStatements.Imported importCoda(String text) {
    return statements.importFile(new ImportBankStatements.FileCommand(
        ORG, "B1", "text/plain; charset=ISO-8859-1", text.getBytes(StandardCharsets.ISO_8859_1), "syndic-1"));
  }

  private Money owner(String owner) {
    return books.ownerBalance(new KeepBooks.OwnerQuery(ORG, "B1", owner, YEAR_END));
  }

  private static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  @Test
  void theCallForFundsPrintsTheReferenceOfItsCallAndOwner() {
    assertThat(anneReference).isEqualTo(new CallReference(1, 1).communication().printed());
  }

  @Test
  void matchesByReferenceProposesByAmountAndNameAndQueuesTheRest() {
    String coda = CodaSample.demo(new CallReference(1, 1).communication().electronic()).text();

    ImportBankStatements.Imported result = importCoda(coda);

    assertThat(result).isEqualTo(new ImportBankStatements.Imported(5, 1, 1, 2, 0));
    assertThat(owner("O1")).isEqualTo(eur("0.00"));
    assertThat(owner("O2")).isEqualTo(eur("500.00"));
    List<ImportBankStatements.QueuedLine> queue = statements.queue(new ImportBankStatements.QueueQuery(ORG, "B1"));
    assertThat(queue).extracting(ImportBankStatements.QueuedLine::outcome).containsExactly("PROPOSED", "UNMATCHED", "UNMATCHED");
    assertThat(queue.get(0).owner()).isEqualTo("O2");
    assertThat(queue.get(0).counterpartyName()).isEqualTo("BRUNO DUBOIS");
    assertThat(books.books(ORG, "B1").balance(ChartOfAccounts.SUSPENSE, YEAR_END)).isEqualTo(eur("-600.00"));
  }

  @Test
  void theSameFileTwiceRecordsNothingMore() {
    String coda = CodaSample.demo(new CallReference(1, 1).communication().electronic()).text();
    importCoda(coda);
    int entries = journal.entries(ACME, BuildingId.of("B1")).size();

    ImportBankStatements.Imported again = importCoda(coda);

    assertThat(again).isEqualTo(new ImportBankStatements.Imported(0, 0, 0, 0, 5));
    assertThat(journal.entries(ACME, BuildingId.of("B1"))).hasSize(entries);
  }

  @Test
  void aMalformedFileChangesNothing() {
    String coda = CodaSample.demo(new CallReference(1, 1).communication().electronic()).text()
        .replace(CodaSample.amount(1_350_000), CodaSample.amount(1_350_010));
    int entries = journal.entries(ACME, BuildingId.of("B1")).size();

    assertThatThrownBy(() -> importCoda(coda))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_STATEMENT);
          assertThat(e.details()).containsEntry("value", 15);
        });
    assertThat(journal.entries(ACME, BuildingId.of("B1"))).hasSize(entries);
    assertThat(statements.queue(new ImportBankStatements.QueueQuery(ORG, "B1"))).isEmpty();
  }

  @Test
  void aProposalIsConfirmedAndAnUnmatchedLineAssignedOnce() {
    importCoda(CodaSample.demo(new CallReference(1, 1).communication().electronic()).text());
    List<ImportBankStatements.QueuedLine> queue = statements.queue(new ImportBankStatements.QueueQuery(ORG, "B1"));

    ImportBankStatements.Settled confirmed = statements.confirm(new ImportBankStatements.LineCommand(ORG, "B1", queue.get(0).line(), "syndic-1"));
    ImportBankStatements.Settled assigned = statements.assign(new ImportBankStatements.Assignment(ORG, "B1", queue.get(1).line(), "O1", "syndic-1"));

    assertThat(confirmed.how()).isEqualTo("CONFIRMED");
    assertThat(assigned.how()).isEqualTo("ASSIGNED");
    assertThat(owner("O2")).isEqualTo(eur("0.00"));
    assertThat(owner("O1")).isEqualTo(eur("-60.00"));
    assertThat(statements.queue(new ImportBankStatements.QueueQuery(ORG, "B1"))).hasSize(1);
    assertThatThrownBy(() -> statements.confirm(new ImportBankStatements.LineCommand(ORG, "B1", queue.get(0).line(), "syndic-1")))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BANK_LINE_SETTLED));
    assertThatThrownBy(() -> statements.confirm(new ImportBankStatements.LineCommand(ORG, "B1", queue.get(2).line(), "syndic-1")))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BANK_LINE_SETTLED));
    assertThat(books.trialBalance(new KeepBooks.YearQuery(ORG, "B1", 2026)).balanced()).isTrue();
    assertThat(books.books(ORG, "B1").balance(ChartOfAccounts.BANK_CURRENT, YEAR_END)).isEqualTo(eur("1350.00"));
  }

  @Test
  void importsTheSameMovementsFromCamt053() {
    String xml = CamtSample.v08(new CallReference(1, 1).communication().electronic());

    ImportBankStatements.Imported result = statements.importFile(new ImportBankStatements.FileCommand(
        ORG, "B1", "application/xml", xml.getBytes(StandardCharsets.UTF_8), "syndic-1"));
    ImportBankStatements.Imported again = statements.importFile(new ImportBankStatements.FileCommand(
        ORG, "B1", "application/xml", xml.getBytes(StandardCharsets.UTF_8), "syndic-1"));

    assertThat(result).isEqualTo(new ImportBankStatements.Imported(5, 1, 1, 2, 0));
    assertThat(again).isEqualTo(new ImportBankStatements.Imported(0, 0, 0, 0, 5));
  }

  private ImportBankStatements.Imported importCamt(String xml) {
    return statements.importFile(new ImportBankStatements.FileCommand(
        ORG, "B1", "application/xml", xml.getBytes(StandardCharsets.UTF_8), "syndic-1"));
  }

  @Test
  void theSameMovementsAsCodaThenAsCamt053CountOnce() {
    String electronic = new CallReference(1, 1).communication().electronic();
    ImportBankStatements.Imported coda = importCoda(CodaSample.demo(electronic).text());
    Money bank = books.books(ORG, "B1").balance(ChartOfAccounts.BANK_CURRENT, YEAR_END);

    ImportBankStatements.Imported v08 = importCamt(CamtSample.v08(electronic));
    ImportBankStatements.Imported v02 = importCamt(CamtSample.v02(electronic));

    assertThat(coda).isEqualTo(new ImportBankStatements.Imported(5, 1, 1, 2, 0));
    assertThat(v08).isEqualTo(new ImportBankStatements.Imported(0, 0, 0, 0, 5));
    assertThat(v02).isEqualTo(new ImportBankStatements.Imported(0, 0, 0, 0, 5));
    assertThat(books.books(ORG, "B1").balance(ChartOfAccounts.BANK_CURRENT, YEAR_END)).isEqualTo(bank);
    assertThat(owner("O1")).isEqualTo(eur("0.00"));
    assertThat(statements.queue(new ImportBankStatements.QueueQuery(ORG, "B1"))).hasSize(3);
  }

  @Test
  void theSameMovementsAsCamt053ThenAsCodaCountOnce() {
    String electronic = new CallReference(1, 1).communication().electronic();
    importCamt(CamtSample.v02(electronic));

    ImportBankStatements.Imported coda = importCoda(CodaSample.demo(electronic).text());

    assertThat(coda).isEqualTo(new ImportBankStatements.Imported(0, 0, 0, 0, 5));
    assertThat(books.books(ORG, "B1").balance(ChartOfAccounts.SUSPENSE, YEAR_END)).isEqualTo(eur("-600.00"));
    assertThat(owner("O2")).isEqualTo(eur("500.00"));
  }

  @Test
  void aMovementOfAnotherAmountOrDayIsNotTakenForTheSame() {
    String electronic = new CallReference(1, 1).communication().electronic();
    importCoda(CodaSample.demo(electronic).text());
    String changed = CamtSample.v08(electronic)
        .replace("<Amt Ccy=\"EUR\">500.00</Amt>", "<Amt Ccy=\"EUR\">500.01</Amt>")
        .replace("<Amt Ccy=\"EUR\">2110.00</Amt>", "<Amt Ccy=\"EUR\">2110.01</Amt>")
        .replace("<BookgDt><Dt>2026-03-25</Dt></BookgDt>", "<BookgDt><Dt>2026-03-26</Dt></BookgDt>");

    ImportBankStatements.Imported camt = importCamt(changed);

    assertThat(camt).isEqualTo(new ImportBankStatements.Imported(2, 0, 0, 1, 3));
  }
}
