/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.accounting.ChartOfAccounts;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.payment.BankStatement;
import org.koprogo.domain.payment.CallReference;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.in.ExportPersonalData;
import org.koprogo.ports.in.ImportBankStatements;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.memory.InMemoryBankLines;
import org.koprogo.ports.memory.InMemoryJournal;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StatementFiles;

/**
 * The bank statement use cases with the file formats stubbed (the statements as a reader gives
 * them): the same movements received as CODA and as camt.053 count once; the payer's name and
 * account of the lines tied to an owner are in their GDPR export and gone after their erasure,
 * while the books keep every amount.
 */
class BankLinesUseCasesTest {
  private static final String ORG = ACME.value();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
  private final MemoryDatabase store = new MemoryDatabase(ManualClock.at(PortsFixtures.T0));
  private final InMemoryBankLines bankLines = new InMemoryBankLines(store);
  private final OutPorts ports = store.ports().withPersonalData(bankLines);
  private final CommandValidation validation =
      CommandValidation.with(Validation.buildDefaultValidatorFactory().getValidator());
  private final Bookkeeping books = new Bookkeeping(ports, new InMemoryJournal(store), validation);
  private final StatementFiles files = (mediaType, file) -> List.of(mediaType.equals("text/plain") ? coda() : camt());
  private final ImportBankStatements statements = new BankStatementImport(ports, bankLines, files, books, validation);
  private final UseCases useCases = new UseCases(ports, validation);

  BankLinesUseCasesTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    useCases.registerBuilding().register(new RegisterBuilding.Command(ORG, "B1", "Résidence", "Rue 1, 1000 Bruxelles",
        new BigDecimal("1000"), "EUR",
        List.of(new RegisterBuilding.LotLine("A1", "Flat A1", new BigDecimal("1000"),
            List.of(new RegisterBuilding.OwnershipLine("O1", "1")))),
        List.of(new RegisterBuilding.OwnerLine("O1", "Anne Peeters", "anne@example.org", "", "")), "syndic-1"));
    books.postCallForFunds(new KeepBooks.Call(ORG, "B1", "call-261-A1", LocalDate.of(2026, 1, 1), "O1", "A1", 1, 261,
        "552.00", "138.00", "syndic-1"));
  }

  private static BankLine line(String identity, long cents, String name, String account, boolean referenced) {
    return new BankLine(identity, 1, DAY, DAY, Money.ofMinor(Money.EUR, cents), name, account,
        referenced ? Optional.of(new CallReference(261, 1).communication()) : Optional.empty(), "");
  }

  private static BankStatement coda() {
    return new BankStatement("CODA", "BE68539007547034", "042", DAY, Money.ofMinor(Money.EUR, 0),
        Money.ofMinor(Money.EUR, 69000 + 1000), List.of(
            line("CODA|BE68539007547034|REF1|0000", 69000, "ANNE PEETERS", "BE71096123456769", true),
            line("CODA|BE68539007547034|REF2|0000", 1000, "SOMEONE ELSE", "", false)));
  }

  private static BankStatement camt() {
    return new BankStatement("camt.053.001.08", "BE68 5390 0754 7034", "2026-042", DAY, Money.ofMinor(Money.EUR, 0),
        Money.ofMinor(Money.EUR, 69000 + 1000), List.of(
            line("CAMT|BE68539007547034|X-1|0", 69000, "Anne Peeters", "BE71 0961 2345 6769", true),
            line("CAMT|BE68539007547034|X-2|0", 1000, "Someone Else", "BE62510007547061", false)));
  }

  private ImportBankStatements.Imported importAs(String mediaType) {
    return statements.importFile(new ImportBankStatements.FileCommand(ORG, "B1", mediaType, new byte[] {1}, "syndic-1"));
  }

  @Test
  void theSameMovementsAsCodaAndAsCamt053CountOnce() {
    ImportBankStatements.Imported coda = importAs("text/plain");
    ImportBankStatements.Imported camt = importAs("application/xml");

    assertThat(coda).isEqualTo(new ImportBankStatements.Imported(2, 1, 0, 1, 0));
    assertThat(camt).isEqualTo(new ImportBankStatements.Imported(0, 0, 0, 0, 2));
    assertThat(books.books(ORG, "B1").balance(ChartOfAccounts.BANK_CURRENT, DAY)).isEqualTo(Money.ofMinor(Money.EUR, 70000));
    assertThat(books.ownerBalance(new KeepBooks.OwnerQuery(ORG, "B1", "O1", DAY))).isEqualTo(Money.ofMinor(Money.EUR, 0));
  }

  @Test
  void theQueueIsReadAPageAtATimeWithinItsBounds() {
    importAs("text/plain");
    ImportBankStatements.QueueQuery b1 = new ImportBankStatements.QueueQuery(ORG, "B1");
    String waiting = "CODA|BE68539007547034|REF2|0000";

    assertThat(statements.queue(b1, null, null)).extracting(ImportBankStatements.QueuedLine::line)
        .containsExactly(waiting);
    assertThat(statements.queue(b1, 1000, waiting)).isEmpty();
    // the matched line before it is not waiting, but marks a place in the queue
    assertThat(statements.queue(b1, 1, "CODA|BE68539007547034|REF1|0000")).extracting(ImportBankStatements.QueuedLine::line)
        .containsExactly(waiting);
    assertThat(statements.queue(b1, 5, "x".repeat(BankLine.MAX_TEXT))).isEmpty();
    assertRefused(() -> statements.queue(b1, 0, null), "limit");
    assertRefused(() -> statements.queue(b1, 1001, null), "limit");
    assertRefused(() -> statements.queue(b1, 5, " "), "after");
    assertRefused(() -> statements.queue(b1, 5, "x".repeat(BankLine.MAX_TEXT + 1)), "after");
    assertThatThrownBy(() -> statements.queue(new ImportBankStatements.QueueQuery(ORG, "B9"), 5, null))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(KoproGoException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
      assertThat(e.details()).containsEntry("field", field);
    });
  }

  @Test
  void thePayersNameAndAccountAreExportedThenErasedAndTheBooksStay() {
    importAs("application/xml");
    ExportPersonalData.Command export = new ExportPersonalData.Command(ORG, "OWNER", "O1", "dpo");

    String before = useCases.exportPersonalData().export(export).json();
    useCases.erasePersonalData().erase(new ErasePersonalData.Command(ORG, "OWNER", "O1", "dpo"));
    String after = useCases.exportPersonalData().export(export).json();
    ExportPersonalData.Export csv = useCases.exportPersonalData().export(export);

    assertThat(before).contains("\"bankLines\"").contains("Anne Peeters").contains("BE71 0961 2345 6769");
    assertThat(before).doesNotContain("Someone Else");
    assertThat(after).contains("\"bankLines\"").doesNotContain("Anne Peeters").doesNotContain("BE71 0961");
    assertThat(csv.csv()).contains("bankLines").doesNotContain("BE71 0961");
    assertThat(bankLines.find(ACME, org.koprogo.domain.building.BuildingId.of("B1"), "CAMT|BE68539007547034|X-2|0")
        .orElseThrow().line().counterpartyName()).isEqualTo("Someone Else");
    assertThat(books.books(ORG, "B1").balance(ChartOfAccounts.BANK_CURRENT, DAY)).isEqualTo(Money.ofMinor(Money.EUR, 70000));
  }
}
