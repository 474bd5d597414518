/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.statement.OwnerStatement;
import org.koprogo.domain.statement.StatementLine;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;

/** Each export read back with Apache Commons CSV (RFC 4180) gives the records' own figures. */
class CsvExportsTest {
  private static final OrganisationId ORG = OrganisationId.of("demo-tilleuls");
  private static final BuildingId BUILDING = BuildingId.of("residence-tilleuls");

  private static List<CSVRecord> parse(CsvTable table) {
    String text = new String(table.utf8(), StandardCharsets.UTF_8);
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text))) {
      assertThat(p.getHeaderNames()).isEqualTo(table.header());
      return p.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  @Test
  void exportsTheStatementLinesWithTheFiguresOfTheStatement() {
    OwnerStatement statement = org.koprogo.adapters.documents.DocumentFixtures.statement();

    List<CSVRecord> rows = parse(CsvExports.statementLines(statement));

    assertThat(rows).hasSize(statement.lines().size());
    for (int i = 0; i < rows.size(); i++) {
      StatementLine l = statement.lines().get(i);
      CSVRecord r = rows.get(i);
      assertThat(r.get("installment")).isEqualTo(l.installment().id().value());
      assertThat(LocalDate.parse(r.get("due_date"))).isEqualTo(l.installment().dueDate());
      assertThat(Money.parse(r.get("amount"), Money.EUR)).isEqualTo(l.installment().amount());
      assertThat(Money.parse(r.get("paid"), Money.EUR)).isEqualTo(l.paid());
      assertThat(Money.parse(r.get("outstanding"), Money.EUR)).isEqualTo(l.outstanding());
      assertThat(Money.parse(r.get("penalty"), Money.EUR)).isEqualTo(l.penalty().penalty());
      assertThat(Integer.parseInt(r.get("days_late"))).isEqualTo(l.penalty().daysLate());
      assertThat(r.get("currency")).isEqualTo("EUR");
    }
  }

  @Test
  void exportsEachExpenseWithOneRowPerLotAndNeutralisesAFormulaInItsLabel() {
    Map<LotId, Money> roof = new LinkedHashMap<>();
    roof.put(LotId.of("A1"), eur("2100.00"));
    roof.put(LotId.of("A2"), eur("2100.00"));
    Map<LotId, Money> refund = new LinkedHashMap<>();
    refund.put(LotId.of("A1"), eur("-90.00"));
    refund.put(LotId.of("A2"), eur("-90.00"));
    List<Expense> expenses = List.of(
        new Expense(ORG, ExpenseId.of("roof-2026"), BUILDING, "Roof repair, phase 1", eur("4200.00"),
            LocalDate.of(2026, 3, 2), "shares", roof, 0),
        new Expense(ORG, ExpenseId.of("refund"), BUILDING, "=HYPERLINK(\"http://x\")", eur("-180.00"),
            LocalDate.of(2026, 4, 15), "shares", refund, 0));

    List<CSVRecord> rows = parse(CsvExports.expenses(expenses));

    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).get("label")).isEqualTo("Roof repair, phase 1");
    assertThat(rows.get(0).get("lot_amount")).isEqualTo("2100.00");
    assertThat(rows.get(2).get("label")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(rows.get(2).get("amount")).isEqualTo("-180.00");
    Money sum = Money.zero(Money.EUR);
    for (CSVRecord r : rows) {
      sum = sum.plus(Money.parse(r.get("lot_amount"), Money.EUR));
    }
    assertThat(sum).isEqualTo(eur("4020.00"));
  }

  @Test
  void exportsTheLedgerAndTheLotsWithTheirOwners() {
    Instant at = Instant.parse("2026-01-05T09:00:00Z");
    List<LedgerEntry> ledger = List.of(
        new LedgerEntry(ORG, LedgerEntryId.of("due-1"), MemberId.of("m-devos"), LedgerEntry.Kind.DUE,
            eur("250.00"), LocalDate.of(2026, 1, 1), null, "due:1", "monthly contribution", "loader", at),
        new LedgerEntry(ORG, LedgerEntryId.of("pay-1"), MemberId.of("m-devos"), LedgerEntry.Kind.PAYMENT_DECLARED,
            eur("250.00"), LocalDate.of(2026, 1, 7), null, "pay:1", "@transfer", "m-devos", at));
    List<Lot> lots = List.of(
        new Lot(ORG, BUILDING, LotId.of("C1"), "Flat C1, fourth floor", new BigDecimal("110"),
            List.of(new Lot.Ownership(OwnerId.of("o-wouters"), Fraction.of(1, 2)),
                new Lot.Ownership(OwnerId.of("o-dubois"), Fraction.of(1, 2))), 0));

    List<CSVRecord> entries = parse(CsvExports.ledger(ledger));
    List<CSVRecord> owners = parse(CsvExports.lots(lots, Map.of("o-wouters", "Inès Wouters")));

    assertThat(entries.get(1).get("kind")).isEqualTo("PAYMENT_DECLARED");
    assertThat(entries.get(1).get("reason")).isEqualTo("'@transfer");
    assertThat(entries.get(0).get("resolves")).isEmpty();
    assertThat(Instant.parse(entries.get(0).get("recorded_at"))).isEqualTo(at);
    assertThat(owners).hasSize(2);
    assertThat(owners.get(0).get("label")).isEqualTo("Flat C1, fourth floor");
    assertThat(owners.get(0).get("owner_name")).isEqualTo("Inès Wouters");
    assertThat(owners.get(1).get("owner_name")).isEmpty();
    assertThat(owners.get(1).get("fraction")).isEqualTo("1/2");
    assertThat(new BigDecimal(owners.get(0).get("shares"))).isEqualByComparingTo("110");
  }

  @Test
  void exportsTheCallsOfAPeriodAddingUpToThePeriodsTotal() {
    CallsForFunds plan = org.koprogo.adapters.documents.DocumentFixtures.calls();

    List<CSVRecord> rows = parse(CsvExports.callsForFunds(plan, 3));

    Money total = Money.zero(Money.EUR);
    for (int i = 0; i < rows.size(); i++) {
      CallForFunds c = plan.callsIn(3).get(i);
      assertThat(Money.parse(rows.get(i).get("total"), Money.EUR)).isEqualTo(c.total());
      total = total.plus(Money.parse(rows.get(i).get("total"), Money.EUR));
    }
    assertThat(total).isEqualTo(eur("6325.00"));
  }

  @Test
  void writesUtf8WithCrLfAndAHeaderRowAndRefusesARaggedRow() {
    CsvTable t = CsvTable.of("name", "note").with("Chloé", "two\nlines");

    assertThat(new String(t.utf8(), StandardCharsets.UTF_8)).isEqualTo("name,note\r\nChloé,\"two\nlines\"\r\n");
    assertThat(t.utf8()[0]).isEqualTo((byte) 'n');
    assertThatThrownBy(() -> t.with("only one")).isInstanceOf(IllegalArgumentException.class);
  }
}
