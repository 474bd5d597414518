/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.budget.BudgetLine;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.ReserveFundCheck;
import org.koprogo.domain.budget.ReserveFundMinimum;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.meeting.MinutesEntry;
import org.koprogo.domain.budget.ReserveFundWaiver;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.problem.ProblemException;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OutPorts;

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
  private final OutPorts ports;

  BudgetController(OutPorts ports) {
    this.ports = ports;
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

  /**
   * The waiver the stored assembly decided on the item {@code w} names ({@code NOT_FOUND} for an
   * unknown assembly or item, {@code INVALID_FIELD} for an item not adopted at four fifths).
   */
  static ReserveFundWaiver waiver(OutPorts ports, OrganisationId organisation, Waiver w) {
    if (w == null) {
      return null;
    }
    if (w.assembly() == null) {
      throw missing("reserveWaiver.assembly");
    }
    if (w.item() == null) {
      throw missing("reserveWaiver.item");
    }
    GeneralAssembly.Snapshot snapshot = ports.aggregateStore()
        .find(organisation, GeneralAssembly.Snapshot.class, w.assembly())
        .orElseThrow(() -> KoproGoException.of(ErrorCode.NOT_FOUND, "assembly " + w.assembly()
            + " has no lifecycle in this organisation", "field", "reserveWaiver.assembly", "value", w.assembly()))
        .aggregate();
    for (MinutesEntry entry : snapshot.votes()) {
      if (entry.item().id().value().equals(w.item())) {
        return ReserveFundWaiver.from(entry.decidingCount());
      }
    }
    throw KoproGoException.of(ErrorCode.NOT_FOUND, "item " + w.item() + " was not voted at assembly " + w.assembly(),
        "field", "reserveWaiver.item", "value", w.item());
  }

  @Post
  @Operation(summary = "The periodic calls for funds of every lot for a yearly budget, and the"
      + " reserve fund's 5% check (art. 3.86 §3); nothing is stored")
  public Map<String, Object> calls(Authentication authentication, @PathVariable String building,
      @Body Budget body) {
    Tenant tenant = Tenant.of(authentication);
    Building found = ports.buildings().get(tenant.organisation(), BuildingId.of(building));
    List<Lot> lots = ports.lots().ofBuilding(tenant.organisation(), found.id());
    if (body.yearStart() == null) {
      throw missing("yearStart");
    }
    if (body.lines() == null) {
      throw missing("lines");
    }
    CallFrequency frequency = enumOf(CallFrequency.class, body.frequency(), CallFrequency.QUARTERLY,
        "frequency");
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < body.lines().size(); i++) {
      lines.add(line(body.lines().get(i), "lines[" + i + "]", found, lots));
    }
    YearlyBudget budget = new YearlyBudget(body.yearStart(), found.currency(), lines);
    Waiver w = body.reserveWaiver();
    Money previous = body.previousYearOrdinaryCharges() == null ? null
        : Money.parse(body.previousYearOrdinaryCharges(), found.currency(), "previousYearOrdinaryCharges");
    return plan(building, lots, budget, frequency, previous,
        waiver(ports, tenant.organisation(), w));
  }

  /**
   * The calls for funds of {@code budget} over {@code lots}, and the reserve fund's check when
   * last year's ordinary charges are known.
   */
  static Map<String, Object> plan(String building, List<Lot> lots, YearlyBudget budget,
      CallFrequency frequency, @Nullable Money previousYearOrdinaryCharges,
      @Nullable ReserveFundWaiver waiver) {
    List<LotId> lotIds = lots.stream().map(Lot::id).toList();
    CallsForFunds plan = CallsForFunds.plan(budget, lotIds, frequency);

    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("building", building);
    answer.put("yearStart", budget.yearStart().toString());
    answer.put("frequency", frequency.name());
    answer.put("currency", budget.currency().getCurrencyCode());
    answer.put("workingCapital", budget.total(Fund.WORKING_CAPITAL).toPlainString());
    answer.put("reserve", budget.total(Fund.RESERVE).toPlainString());
    List<Map<String, Object>> calls = new ArrayList<>();
    for (CallForFunds call : plan.calls()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("lot", call.lot().value());
      c.put("period", call.period());
      c.put("dueDate", call.dueDate().toString());
      c.put("workingCapital", call.workingCapital().toPlainString());
      c.put("reserve", call.reserve().toPlainString());
      c.put("total", call.total().toPlainString());
      calls.add(c);
    }
    answer.put("calls", calls);
    if (previousYearOrdinaryCharges != null) {
      answer.put("reserveCheck", reserveCheck(budget, previousYearOrdinaryCharges, waiver));
    }
    return answer;
  }

  /** The reserve fund's 5% check of {@code budget} (art. 3.86 §3), as JSON. */
  static Map<String, Object> reserveCheck(YearlyBudget budget, Money previousYearOrdinaryCharges,
      @Nullable ReserveFundWaiver waiver) {
    ReserveFundCheck check = ReserveFundMinimum.check(budget, previousYearOrdinaryCharges, waiver);
    Map<String, Object> reserveCheck = new LinkedHashMap<>();
    reserveCheck.put("verdict", check.verdict().name());
    reserveCheck.put("compliant", check.compliant());
    reserveCheck.put("contribution", check.contribution().toPlainString());
    reserveCheck.put("minimum", check.minimum().toPlainString());
    reserveCheck.put("shortfall", check.shortfall().toPlainString());
    reserveCheck.put("explanation", check.explanation());
    return reserveCheck;
  }

  static BudgetLine line(Line line, String field, Building building, List<Lot> lots) {
    if (line == null || line.amount() == null) {
      throw missing(field + ".amount");
    }
    Fund fund = enumOf(Fund.class, line.fund(), Fund.WORKING_CAPITAL, field + ".fund");
    Money amount = Money.parse(line.amount(), building.currency(), field + ".amount");
    List<KeyShare> keys = new ArrayList<>();
    if (line.keys() == null || line.keys().isEmpty()) {
      Map<LotId, BigDecimal> shares = new LinkedHashMap<>();
      for (Lot lot : lots) {
        shares.put(lot.id(), lot.shares());
      }
      keys.add(new KeyShare(BigDecimal.ONE, new DistributionKey("general", shares)));
    } else {
      for (int k = 0; k < line.keys().size(); k++) {
        Key key = line.keys().get(k);
        String keyField = field + ".keys[" + k + "]";
        if (key == null || key.weights() == null || key.share() == null) {
          throw missing(keyField + (key == null || key.share() == null ? ".share" : ".weights"));
        }
        Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
        key.weights().forEach((lot, weight) -> weights.put(LotId.of(lot), weight));
        keys.add(new KeyShare(key.share(),
            new DistributionKey(key.name() == null ? "key " + (k + 1) : key.name(), weights)));
      }
    }
    return new BudgetLine(line.label() == null ? "" : line.label(), fund, amount, keys);
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String value, E fallback, String field) {
    if (value == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.INVALID_FIELD.name(),
          "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()))
          .with("field", field).with("value", value);
    }
  }

  static ProblemException missing(String field) {
    return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.MISSING_FIELD.name(),
        field + " is required").with("field", field);
  }
}
