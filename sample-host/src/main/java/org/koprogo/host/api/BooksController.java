/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.accounting.AccountTotal;
import org.koprogo.domain.accounting.BalanceSheet;
import org.koprogo.domain.accounting.IncomeStatement;
import org.koprogo.domain.accounting.TrialBalance;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.KeepBooks;

/**
 * The double-entry books of a building's association of co-owners (docs/accounting.md): the trial
 * balance, the income statement and the balance sheet of a calendar year, and the closing of a
 * year. Each route is one call of {@link KeepBooks}. The broad roles read the reports (they name
 * no person: the owners' accounts are totalled in 410); the syndic and the admin close a year.
 */
@Controller("/api/v1/buildings/{building}/books/{year}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class BooksController {
  private final KeepBooks books;

  BooksController(KeepBooks books) {
    this.books = books;
  }

  @Get("/trial-balance")
  @Operation(summary = "The trial balance of a calendar year: every account's debits and credits,"
      + " and whether they balance")
  public Map<String, Object> trialBalance(Authentication authentication, @PathVariable String building,
      @PathVariable String year) {
    Tenant tenant = Tenant.of(authentication);
    tenant.requireBroadView();
    TrialBalance t = books.trialBalance(new KeepBooks.YearQuery(tenant.organisation().value(), building, year(year)));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("building", building);
    answer.put("from", t.from().toString());
    answer.put("to", t.to().toString());
    answer.put("accounts", totals(t.accounts()));
    answer.put("totalDebit", t.totalDebit().toPlainString());
    answer.put("totalCredit", t.totalCredit().toPlainString());
    answer.put("balanced", t.balanced());
    return answer;
  }

  @Get("/income-statement")
  @Operation(summary = "The income statement of a calendar year (classes 6 and 7, closing left out)")
  public Map<String, Object> incomeStatement(Authentication authentication, @PathVariable String building,
      @PathVariable String year) {
    Tenant tenant = Tenant.of(authentication);
    tenant.requireBroadView();
    IncomeStatement s = books.incomeStatement(new KeepBooks.YearQuery(tenant.organisation().value(), building,
        year(year)));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("building", building);
    answer.put("from", s.year().start().toString());
    answer.put("to", s.year().end().toString());
    answer.put("expenses", totals(s.expenses()));
    answer.put("income", totals(s.income()));
    answer.put("totalExpenses", s.totalExpenses().toPlainString());
    answer.put("totalIncome", s.totalIncome().toPlainString());
    answer.put("result", s.result().toPlainString());
    return answer;
  }

  @Get("/balance-sheet")
  @Operation(summary = "The balance sheet at the end of a calendar year")
  public Map<String, Object> balanceSheet(Authentication authentication, @PathVariable String building,
      @PathVariable String year) {
    Tenant tenant = Tenant.of(authentication);
    tenant.requireBroadView();
    BalanceSheet b = books.balanceSheet(new KeepBooks.YearQuery(tenant.organisation().value(), building, year(year)));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("building", building);
    answer.put("asOf", b.asOf().toString());
    answer.put("assets", lines(b.assets()));
    answer.put("fundsAndDebts", lines(b.fundsAndDebts()));
    answer.put("unclosedResult", b.unclosedResult().toPlainString());
    answer.put("totalAssets", b.totalAssets().toPlainString());
    answer.put("totalFundsAndDebts", b.totalFundsAndDebts().toPlainString());
    answer.put("balanced", b.balanced());
    return answer;
  }

  @Post("/closing")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Close a calendar year: classes 6 and 7 to the result carried forward (140);"
      + " afterwards a posting dated in that year is 409 PERIOD_CLOSED. Closing again changes"
      + " nothing (duplicate: true) (syndic, admin)")
  public KeepBooks.Posted close(Authentication authentication, @PathVariable String building,
      @PathVariable String year) {
    Tenant tenant = Tenant.of(authentication);
    int y = year(year);
    return books.closeYear(new KeepBooks.YearClosing(tenant.organisation().value(), building, "closing-" + y, y,
        tenant.actor()));
  }

  private static int year(String text) {
    if (text == null || !text.matches("[0-9]{4}")) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "the year is four digits (2025)", "field", "year",
          "value", text == null ? "" : text.length() > 40 ? text.substring(0, 40) : text);
    }
    return Integer.parseInt(text);
  }

  private static List<Map<String, Object>> totals(List<AccountTotal> totals) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AccountTotal t : totals) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("account", t.account().number());
      row.put("name", t.account().name());
      row.put("debit", t.debit().toPlainString());
      row.put("credit", t.credit().toPlainString());
      row.put("balance", t.balance().toPlainString());
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> lines(List<BalanceSheet.Line> lines) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BalanceSheet.Line l : lines) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("account", l.account().number());
      row.put("name", l.account().name());
      row.put("amount", l.amount().toPlainString());
      rows.add(row);
    }
    return rows;
  }
}
