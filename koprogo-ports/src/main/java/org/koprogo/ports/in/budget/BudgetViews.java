/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.budget;

import jakarta.annotation.Nullable;
import java.util.List;
import org.koprogo.domain.budget.BudgetLine;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.ReserveFundCheck;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.ports.in.KeyView;
import org.koprogo.ports.out.BuildingBudget;

/**
 * What the budget use cases answer, in plain values a client shows: the calls for funds of a yearly
 * budget with the reserve fund's check ({@link PlanCallsForFunds}, {@link KeepBuildingBudgets}) and
 * a stored yearly budget ({@link KeepBuildingBudgets}). Amounts are plain decimals, codes their
 * names. Each is built from what a use case returned; nothing is read or stored.
 */
public final class BudgetViews {
  private BudgetViews() {}

  /**
   * The calls for funds of a budget; the reserve check and the version only when there are (null
   * otherwise, which a host leaves out).
   *
   * @param building the building's id
   * @param yearStart the first day of the financial year
   * @param frequency how often funds are called
   * @param currency ISO 4217
   * @param workingCapital the working capital's yearly total
   * @param reserve the reserve fund's yearly total
   * @param calls every lot's call of every period
   * @param reserveCheck the reserve fund's 5% check, or null when last year's charges are not known
   * @param version the stored budget's version, or null for a budget that is not stored
   */
  public record PlanView(String building, String yearStart, String frequency, String currency,
      String workingCapital, String reserve, List<CallView> calls, @Nullable ReserveCheckView reserveCheck,
      @Nullable Long version) {}

  /**
   * A lot's call for one period.
   *
   * @param lot the lot's id
   * @param period the period, from 1
   * @param dueDate its due date
   * @param workingCapital the working-capital part
   * @param reserve the reserve-fund part
   * @param total both parts
   */
  public record CallView(String lot, int period, String dueDate, String workingCapital, String reserve,
      String total) {}

  /**
   * The reserve fund's 5% check (art. 3.86 §3).
   *
   * @param verdict the check's verdict
   * @param compliant whether the budget complies
   * @param contribution the reserve fund's yearly contribution
   * @param minimum the legal minimum
   * @param shortfall what the contribution lacks
   * @param explanation the verdict in words
   */
  public record ReserveCheckView(String verdict, boolean compliant, String contribution, String minimum,
      String shortfall, String explanation) {}

  /**
   * A stored yearly budget: its lines and totals, last year's ordinary charges and where they come
   * from (GIVEN or PREVIOUS_BUDGET), the assembly's waiver (only when there is one: null otherwise,
   * which a host leaves out) and the reserve fund's check.
   *
   * @param building the building's id
   * @param yearStart the first day of the financial year
   * @param frequency how often funds are called
   * @param currency ISO 4217
   * @param version the version to name in a change
   * @param lines the budget's lines
   * @param workingCapital the working capital's total
   * @param reserve the reserve fund's total
   * @param total both totals
   * @param previousYearOrdinaryCharges the basis of the 5% check, or null
   * @param previousYearBasis GIVEN or PREVIOUS_BUDGET, or null
   * @param reserveWaiver the assembly's waiver, or null
   * @param reserveCheck the reserve fund's check, or null without a basis
   */
  public record BudgetView(String building, String yearStart, String frequency, String currency, long version,
      List<LineView> lines, String workingCapital, String reserve, String total,
      @Nullable String previousYearOrdinaryCharges, @Nullable String previousYearBasis,
      @Nullable WaiverView reserveWaiver, @Nullable ReserveCheckView reserveCheck) {}

  /**
   * A budget line with its (composite) key: empty for the general key.
   *
   * @param label what it is
   * @param fund WORKING_CAPITAL or RESERVE
   * @param amount the yearly amount
   * @param keys the key's parts
   */
  public record LineView(String label, String fund, String amount, List<KeyView> keys) {}

  /**
   * The assembly's four-fifths waiver: the resolution and its votes (4 decimals).
   *
   * @param resolution the resolution
   * @param votesFor the votes for
   * @param votesAgainst the votes against
   */
  public record WaiverView(String resolution, String votesFor, String votesAgainst) {}

  /**
   * The view of a plan of calls for funds.
   *
   * @param building the building's id
   * @param plan what {@link PlanCallsForFunds} or {@link KeepBuildingBudgets#callsForFunds} answered
   * @return its view
   */
  public static PlanView plan(String building, CallsForFundsPlan plan) {
    YearlyBudget budget = plan.budget();
    return new PlanView(building, budget.yearStart().toString(), plan.frequency().name(),
        budget.currency().getCurrencyCode(), budget.total(Fund.WORKING_CAPITAL).toPlainString(),
        budget.total(Fund.RESERVE).toPlainString(), plan.calls().calls().stream().map(BudgetViews::call).toList(),
        reserveCheck(plan.reserveCheck()), plan.version());
  }

  /**
   * The view of a stored budget.
   *
   * @param stored what {@link KeepBuildingBudgets} answered
   * @return its view
   */
  public static BudgetView budget(StoredBudget stored) {
    BuildingBudget b = stored.budget();
    YearlyBudget y = b.budget();
    return new BudgetView(b.building().value(), y.yearStart().toString(), b.frequency().name(),
        y.currency().getCurrencyCode(), stored.version(), y.lines().stream().map(BudgetViews::line).toList(),
        y.total(Fund.WORKING_CAPITAL).toPlainString(), y.total(Fund.RESERVE).toPlainString(),
        y.total().toPlainString(), stored.previousYearOrdinaryCharges() == null ? null
            : stored.previousYearOrdinaryCharges().toPlainString(),
        stored.basis() == null ? null : stored.basis().name(),
        b.reserveWaiver() == null ? null : new WaiverView(b.reserveWaiver().resolution(),
            b.reserveWaiver().votesFor().toPlainString(4), b.reserveWaiver().votesAgainst().toPlainString(4)),
        reserveCheck(stored.reserveCheck()));
  }

  /**
   * The view of a reserve fund's check.
   *
   * @param check the check, or null
   * @return its view, null for none
   */
  public static ReserveCheckView reserveCheck(ReserveFundCheck check) {
    return check == null ? null : new ReserveCheckView(check.verdict().name(), check.compliant(),
        check.contribution().toPlainString(), check.minimum().toPlainString(), check.shortfall().toPlainString(),
        check.explanation());
  }

  private static CallView call(CallForFunds call) {
    return new CallView(call.lot().value(), call.period(), call.dueDate().toString(),
        call.workingCapital().toPlainString(), call.reserve().toPlainString(), call.total().toPlainString());
  }

  private static LineView line(BudgetLine line) {
    return new LineView(line.label(), line.fund().name(), line.amount().toPlainString(),
        line.keys().stream().map(KeyView::of).toList());
  }
}
