/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.ReserveFundCheck;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.ports.in.budget.CallsForFundsPlan;
import org.koprogo.ports.in.budget.PlanCallsForFunds;

/**
 * The yearly budget of a building called from its co-owners (Civil Code art. 3.86 §3): the
 * periodic calls for funds of every lot, working capital and reserve fund kept apart, and the
 * reserve fund's legal minimum. A calculation on the stored lots; nothing is stored.
 */
@Controller("/api/v1/buildings/{building}/calls-for-funds")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class BudgetController {
  private final PlanCallsForFunds planning;

  BudgetController(PlanCallsForFunds planning) {
    this.planning = planning;
  }

  /**
   * A yearly budget.
   *
   * @param yearStart the first day of the financial year
   * @param frequency MONTHLY, QUARTERLY (default), HALF_YEARLY or YEARLY
   * @param lines the budget lines
   * @param previousYearOrdinaryCharges last year's ordinary charges, to check the reserve fund's
   *     5% minimum (optional)
   * @param reserveWaiver the assembly's four-fifths vote to call less (optional)
   */
  public record Budget(LocalDate yearStart, @Nullable String frequency, List<Line> lines,
      @Nullable String previousYearOrdinaryCharges, @Nullable Waiver reserveWaiver) {}

  /**
   * A budget line.
   *
   * @param label what it is
   * @param fund WORKING_CAPITAL (default) or RESERVE
   * @param amount the yearly amount, plain decimal in the building's currency
   * @param keys the (composite) key; absent or empty: the general key (the lots' shares)
   */
  public record Line(String label, @Nullable String fund, String amount,
      @Nullable List<Key> keys) {}

  /**
   * One part of a key.
   *
   * @param name its name
   * @param share its relative share of the line
   * @param weights each lot's weight (a lot not named weighs 0)
   */
  public record Key(String name, BigDecimal share, Map<String, BigDecimal> weights) {}

  /**
   * The assembly's vote on calling less than the reserve minimum (Civil Code art. 3.86 §3): the
   * item of a stored assembly, which must have been adopted at four fifths; the waiver is built
   * from that count (quorum, proxies and cap applied), never from figures sent.
   *
   * @param assembly the stored assembly's id
   * @param item the agenda item's id
   */
  public record Waiver(String assembly, String item) {}

  /** The calls for funds of a budget; the reserve check and the version only when there are. */
  public record PlanView(String building, String yearStart, String frequency, String currency,
      String workingCapital, String reserve, List<CallView> calls,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) ReserveCheckView reserveCheck,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {
    static PlanView of(String building, CallsForFundsPlan plan) {
      YearlyBudget budget = plan.budget();
      return new PlanView(building, budget.yearStart().toString(), plan.frequency().name(),
          budget.currency().getCurrencyCode(), budget.total(Fund.WORKING_CAPITAL).toPlainString(),
          budget.total(Fund.RESERVE).toPlainString(), plan.calls().calls().stream().map(CallView::of).toList(),
          ReserveCheckView.of(plan.reserveCheck()), plan.version());
    }
  }

  /** A lot's call for one period. */
  public record CallView(String lot, int period, String dueDate, String workingCapital, String reserve,
      String total) {
    static CallView of(CallForFunds call) {
      return new CallView(call.lot().value(), call.period(), call.dueDate().toString(),
          call.workingCapital().toPlainString(), call.reserve().toPlainString(), call.total().toPlainString());
    }
  }

  /** The reserve fund's 5% check (art. 3.86 §3). */
  public record ReserveCheckView(String verdict, boolean compliant, String contribution, String minimum,
      String shortfall, String explanation) {
    /** The view of {@code check}, null for none. */
    static ReserveCheckView of(ReserveFundCheck check) {
      return check == null ? null : new ReserveCheckView(check.verdict().name(), check.compliant(),
          check.contribution().toPlainString(), check.minimum().toPlainString(), check.shortfall().toPlainString(),
          check.explanation());
    }
  }

  @Post
  @Operation(summary = "The periodic calls for funds of every lot for a yearly budget, and the"
      + " reserve fund's 5% check (art. 3.86 §3); nothing is stored")
  public PlanView calls(Tenant tenant, @PathVariable String building, @Body Budget body) {
    return PlanView.of(building, planning.plan(Commands.MAP.proposal(body, tenant.org(), building)));
  }
}
