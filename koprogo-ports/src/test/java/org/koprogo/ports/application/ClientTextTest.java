/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.recording;
import static org.koprogo.ports.contract.PortsFixtures.assertRefusedNaming;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.GiveSaleInformation;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.in.budget.BudgetProposal;
import org.koprogo.ports.in.budget.KeepBuildingBudgets;
import org.koprogo.ports.in.statement.ReadOwnerStatement;

/**
 * The in-ports read the text a client gives in a path or a query (a day, a year, a time) before
 * the use case runs, refusing it with the code each route published, naming the field: a host
 * passes the text as it came.
 */
class ClientTextTest {
  private static final String ORG = "org-acme";
  private static final LocalDate DAY = LocalDate.parse("2026-03-31");

  @Test
  void anOwnersStatementReadsItsDaysFromText() {
    List<Object> seen = new ArrayList<>();
    ReadOwnerStatement statements = recording(ReadOwnerStatement.class, seen);

    statements.statement(ORG, "O1", "2026-03-31", null);
    statements.statement(ORG, "O1", "2026-03-31", "2026-02-01");

    assertThat(seen).containsExactly(ORG, "O1", DAY, null, ORG, "O1", DAY, LocalDate.parse("2026-02-01"));
    assertRefusedNaming(() -> statements.statement(ORG, "O1", (String) null, null), ErrorCode.MISSING_FIELD, "asOf");
    assertRefusedNaming(() -> statements.statement(ORG, "O1", "31/03/2026", "x"), ErrorCode.INVALID_DATE, "asOf");
    assertRefusedNaming(() -> statements.statement(ORG, "O1", "2026-03-31", "soon"), ErrorCode.INVALID_DATE, "formalNoticeOn");
    assertRefusedNaming(() -> statements.statement(ORG, "O1", "2026-03-31", ""), ErrorCode.INVALID_DATE, "formalNoticeOn");
  }

  @Test
  void aSaleQueryReadsItsTransferDateFromText() {
    GiveSaleInformation.Query query = GiveSaleInformation.Query.of(ORG, "A1", "2026-03-31", null, null, null);

    assertThat(query).isEqualTo(new GiveSaleInformation.Query(ORG, "A1", DAY, null, null, null));
    assertRefusedNaming(() -> GiveSaleInformation.Query.of(ORG, "A1", " ", null, null, null), ErrorCode.MISSING_FIELD,
        "transferOn");
    assertRefusedNaming(() -> GiveSaleInformation.Query.of(ORG, "A1", "tomorrow", null, null, null), ErrorCode.INVALID_DATE,
        "transferOn");
  }

  @Test
  void aSalesTableIsTheSplitOrTheCommitments() {
    assertThat(GiveSaleInformation.Table.named(null)).isEqualTo(GiveSaleInformation.Table.SPLIT);
    assertThat(GiveSaleInformation.Table.named("split")).isEqualTo(GiveSaleInformation.Table.SPLIT);
    assertThat(GiveSaleInformation.Table.named("commitments")).isEqualTo(GiveSaleInformation.Table.COMMITMENTS);

    KoproGoException e = assertRefusedNaming(() -> GiveSaleInformation.Table.named("c".repeat(41)), ErrorCode.INVALID_FIELD,
        "table");

    assertThat(e.details()).containsEntry("value", "c".repeat(40));
    assertRefusedNaming(() -> GiveSaleInformation.Table.named("SPLIT"), ErrorCode.INVALID_FIELD, "table");
  }

  @Test
  void aStoredBudgetIsNamedByItsFirstDayAsText() {
    List<Object> seen = new ArrayList<>();
    KeepBuildingBudgets budgets = recording(KeepBuildingBudgets.class, seen);

    budgets.budget(ORG, "B1", "2026-01-01");
    budgets.callsForFunds(ORG, "B1", "2026-01-01");

    LocalDate first = LocalDate.parse("2026-01-01");
    assertThat(seen).containsExactly(ORG, "B1", first, ORG, "B1", first);
    assertRefusedNaming(() -> budgets.budget(ORG, "B1", "2026-1-1"), ErrorCode.INVALID_FIELD, "yearStart");
    assertRefusedNaming(() -> budgets.callsForFunds(ORG, "B1", "x".repeat(41)), ErrorCode.INVALID_FIELD, "yearStart");
  }

  @Test
  void aBudgetChangeReadsTheYearBeforeTheVersion() {
    List<Object> seen = new ArrayList<>();
    KeepBuildingBudgets budgets = recording(KeepBuildingBudgets.class, seen);
    List<BudgetProposal.Line> lines = List.of(new BudgetProposal.Line("maintenance", null, "1000.00", null));
    KeepBuildingBudgets.Budget unversioned = new KeepBuildingBudgets.Budget(null, null, lines, null, null, null);

    budgets.change(ORG, "B1", "2026-01-01",
        new KeepBuildingBudgets.Budget(null, null, lines, null, null, 2L), "s");

    assertThat(seen).containsExactly(new BudgetProposal(ORG, "B1", null, null, lines, null, null),
        LocalDate.parse("2026-01-01"), 2L, "s");
    assertRefusedNaming(() -> budgets.change(ORG, "B1", "2026", unversioned, "s"), ErrorCode.INVALID_FIELD, "yearStart");
    assertRefusedNaming(() -> budgets.change(ORG, "B1", "2026-01-01", unversioned, "s"), ErrorCode.MISSING_FIELD, "version");
  }

  @Test
  void aYearOfTheBooksIsFourDigits() {
    assertThat(KeepBooks.YearQuery.of(ORG, "B1", "2026")).isEqualTo(new KeepBooks.YearQuery(ORG, "B1", 2026));
    assertThat(KeepBooks.YearClosing.of(ORG, "B1", "2026", "s"))
        .isEqualTo(new KeepBooks.YearClosing(ORG, "B1", "closing-2026", 2026, "s"));

    assertRefusedNaming(() -> KeepBooks.YearQuery.of(ORG, "B1", "202a"), ErrorCode.INVALID_FIELD, "year");
    assertRefusedNaming(() -> KeepBooks.YearClosing.of(ORG, "B1", "20255", "s"), ErrorCode.INVALID_FIELD, "year");
    assertRefusedNaming(() -> KeepBooks.YearClosing.of(ORG, "B1", null, "s"), ErrorCode.INVALID_FIELD, "year");
  }

  @Test
  void aMeetingsStartTimeIsHoursAndMinutesOrNothing() {
    assertThat(RunGeneralAssembly.startTime("19:30", "time")).isEqualTo(LocalTime.of(19, 30));
    assertThat(RunGeneralAssembly.startTime(" ", "time")).isNull();

    assertRefusedNaming(() -> RunGeneralAssembly.startTime("25:00", "time"), ErrorCode.INVALID_FIELD, "time");
  }
}
