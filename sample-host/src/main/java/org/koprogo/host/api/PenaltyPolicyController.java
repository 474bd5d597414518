/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.penalty.AccrualStart;
import org.koprogo.domain.penalty.DayCount;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.domain.penalty.PenaltyRate;
import org.koprogo.domain.penalty.RateSource;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.BuildingPenaltyPolicy;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PenaltyPolicies;

/**
 * A building's late-payment penalty policy (RULES.md {@code late-penalty}; art. 3.93 §1 Civil
 * Code: the statutes set it): every caller of the organisation reads it, the syndic or an admin
 * sets it. The owner statement assesses the building's installments under it; a building without
 * one falls under the host's configured default ({@code koprogo.statements.*}).
 */
@Controller("/api/v1/buildings/{building}/late-penalty-policy")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class PenaltyPolicyController {
  /** The audit trail's action when a building's policy is set. */
  static final String SET = "LatePenaltyPolicySet";

  private final OutPorts ports;
  private final PenaltyPolicies policies;
  private final StatementPolicies statementPolicies;
  private final LegalInterestRates legalRates;

  PenaltyPolicyController(OutPorts ports, PenaltyPolicies policies, StatementPolicies statementPolicies,
      LegalInterestRates legalRates) {
    this.ports = ports;
    this.policies = policies;
    this.statementPolicies = statementPolicies;
    this.legalRates = legalRates;
  }

  /**
   * A building's policy.
   *
   * @param rateSource {@code STATUTES} (default: the rate and article below) or {@code LEGAL_RATE}
   *     (the legal interest rate of each calendar year; no rate, no article)
   * @param annualRatePercent annual simple-interest rate in percent (plain decimal, not negative)
   * @param statutesArticle the article of the statutes that sets the rate
   * @param dayCount {@code ACT_365} (default) or {@code ACT_360}
   * @param graceDays days after the due date still on time (default 0, not negative)
   * @param accrualStart {@code DUE_DATE} (default) or {@code GRACE_END}
   * @param flatFee a fee charged once per late installment (default 0, not negative)
   * @param minimumPenalty the least penalty of a late installment (default 0, not negative)
   * @param capPercentOfPrincipal the cap in percent of the principal (none when absent)
   * @param interestRunsUnderStatutes at the legal rate, the article of the statutes making interest
   *     run without a formal notice; without it a legal-rate policy runs from the formal notice
   *     ({@code accrualStart} FORMAL_NOTICE, the default then)
   * @param version the version read (0 when the building has none yet); when absent the stored
   *     one is replaced whatever its version
   */
  public record PolicyBody(
      @Nullable String rateSource,
      @Nullable String annualRatePercent,
      @Nullable String statutesArticle,
      @Nullable String dayCount,
      @Nullable Integer graceDays,
      @Nullable String accrualStart,
      @Nullable String flatFee,
      @Nullable String minimumPenalty,
      @Nullable String capPercentOfPrincipal,
      @Nullable Long version,
      @Nullable String interestRunsUnderStatutes) {}

  @Get
  @Operation(summary = "The building's late-payment penalty policy, its own or the configured default")
  public Map<String, Object> get(Authentication authentication, @PathVariable String building) {
    Tenant tenant = Tenant.of(authentication);
    Building found = ports.buildings().get(tenant.organisation(), BuildingId.of(building));
    return view(found, statementPolicies.applied(found));
  }

  @Put
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Sets the building's late-payment penalty policy (syndic, admin); audited")
  public Map<String, Object> set(Authentication authentication, @PathVariable String building,
      @Body PolicyBody body) {
    Tenant tenant = Tenant.of(authentication);
    Building found = ports.buildings().get(tenant.organisation(), BuildingId.of(building));
    LatePenaltyPolicy policy = policy(body, found.currency(), legalRates);
    BuildingPenaltyPolicy saved = ports.transactions().inTransaction(() -> {
      Optional<BuildingPenaltyPolicy> current = policies.find(found.organisation(), found.id());
      long read = current.map(BuildingPenaltyPolicy::version).orElse(0L);
      if (body.version() != null && body.version() != read) {
        throw KoproGoException.of(ErrorCode.CONCURRENT_UPDATE,
            "the policy of building " + building + " is at version " + read + ", not " + body.version(),
            "field", "version", "value", String.valueOf(body.version()));
      }
      BuildingPenaltyPolicy next = new BuildingPenaltyPolicy(found.organisation(), found.id(), policy, read);
      BuildingPenaltyPolicy stored = current.isPresent() ? policies.update(next) : policies.add(next);
      ports.auditTrail().append(found.organisation(), new AuditEvent(ports.clock().now(), tenant.actor(), SET,
          "building", building, audited(stored)));
      return stored;
    });
    return view(found, new StatementPolicies.Applied(saved.policy(), saved));
  }

  /** The JSON of an applied policy (also the statement's per-building policy). */
  static Map<String, Object> view(Building building, StatementPolicies.Applied applied) {
    LatePenaltyPolicy p = applied.policy();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("building", building.id().value());
    view.put("source", applied.source());
    view.put("rateSource", p.rate().source().name());
    if (p.rate() instanceof PenaltyRate.Statutory s) {
      view.put("annualRatePercent", s.annualPercent().toPlainString());
      view.put("statutesArticle", s.statutesArticle());
    } else {
      LegalInterestRates table = ((PenaltyRate.Legal) p.rate()).table();
      Map<String, String> byYear = new java.util.TreeMap<>();
      table.percentByYear().forEach((year, percent) -> byYear.put(String.valueOf(year), percent.toPlainString()));
      view.put("annualRatePercent", null);
      view.put("statutesArticle", null);
      view.put("legalRatePercentByYear", byYear);
    }
    view.put("rateReference", p.rate().reference());
    view.put("dayCount", p.dayCount().name());
    view.put("graceDays", p.graceDays());
    view.put("accrualStart", p.accrualStart().name());
    if (p.interestRunsUnderStatutes() != null) {
      view.put("interestRunsUnderStatutes", p.interestRunsUnderStatutes());
    }
    view.put("flatFee", p.flatFee().toPlainString());
    view.put("minimumPenalty", p.minimumPenalty().toPlainString());
    view.put("capPercentOfPrincipal", p.cap().map(BigDecimal::toPlainString).orElse(null));
    view.put("version", applied.stored() == null ? 0L : applied.stored().version());
    return view;
  }

  private static Map<String, String> audited(BuildingPenaltyPolicy stored) {
    LatePenaltyPolicy p = stored.policy();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("rateSource", p.rate().source().name());
    if (p.rate() instanceof PenaltyRate.Statutory s) {
      details.put("annualRatePercent", s.annualPercent().toPlainString());
      details.put("statutesArticle", s.statutesArticle());
    } else {
      details.put("legalRates", ((PenaltyRate.Legal) p.rate()).table().jurisdiction());
    }
    details.put("dayCount", p.dayCount().name());
    details.put("graceDays", String.valueOf(p.graceDays()));
    details.put("accrualStart", p.accrualStart().name());
    details.put("flatFee", p.flatFee().toPlainString());
    details.put("minimumPenalty", p.minimumPenalty().toPlainString());
    details.put("capPercentOfPrincipal", p.cap().map(BigDecimal::toPlainString).orElse("none"));
    details.put("version", String.valueOf(stored.version()));
    return details;
  }

  private static PenaltyRate rate(PolicyBody body, LegalInterestRates legalRates) {
    RateSource source = body.rateSource() == null ? RateSource.STATUTES
        : CoopGroups.parse(RateSource.class, body.rateSource(), "rateSource");
    if (source == RateSource.LEGAL_RATE) {
      // the law sets the rate: a rate or an article given with it would be silently ignored
      notWithTheLegalRate("annualRatePercent", body.annualRatePercent());
      notWithTheLegalRate("statutesArticle", body.statutesArticle());
      return PenaltyRate.legal(legalRates);
    }
    BigDecimal rate = percent(CoopGroups.required(body.annualRatePercent(), "annualRatePercent"),
        "annualRatePercent");
    String article = CoopGroups.required(body.statutesArticle(), "statutesArticle").strip();
    if (article.length() > 300) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "statutesArticle is longer than 300 characters",
          "field", "statutesArticle", "value", article.length());
    }
    return PenaltyRate.fromStatutes(rate, article);
  }

  private static void notWithTheLegalRate(String field, String value) {
    if (value != null) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, field + " is not given with the legal rate",
          "field", field, "value", value);
    }
  }

  private static LatePenaltyPolicy policy(PolicyBody body, java.util.Currency currency,
      LegalInterestRates legalRates) {
    PenaltyRate rate = rate(body, legalRates);
    DayCount dayCount = body.dayCount() == null ? DayCount.ACT_365
        : CoopGroups.parse(DayCount.class, body.dayCount(), "dayCount");
    int grace = body.graceDays() == null ? 0 : body.graceDays();
    if (grace < 0) {
      throw KoproGoException.of(ErrorCode.INVALID_GRACE, "grace of " + grace + " days is negative",
          "field", "graceDays", "value", grace);
    }
    AccrualStart byDefault = rate.source() == org.koprogo.domain.penalty.RateSource.LEGAL_RATE
        && body.interestRunsUnderStatutes() == null ? AccrualStart.FORMAL_NOTICE : AccrualStart.DUE_DATE;
    AccrualStart start = body.accrualStart() == null ? byDefault
        : CoopGroups.parse(AccrualStart.class, body.accrualStart(), "accrualStart");
    Money fee = amount(body.flatFee(), currency, "flatFee");
    Money minimum = amount(body.minimumPenalty(), currency, "minimumPenalty");
    BigDecimal cap = body.capPercentOfPrincipal() == null ? null
        : percent(body.capPercentOfPrincipal(), "capPercentOfPrincipal");
    return new LatePenaltyPolicy(rate, dayCount, grace, start, fee, minimum, cap, body.interestRunsUnderStatutes());
  }

  private static BigDecimal percent(String text, String field) {
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw KoproGoException.of(ErrorCode.INVALID_NUMBER, field + " '" + text + "' is not a plain decimal",
          "field", field, "value", text);
    }
    if (value.signum() < 0) {
      throw KoproGoException.of(ErrorCode.NEGATIVE_RATE, field + " " + value.toPlainString() + "% is negative",
          "field", field, "value", value.toPlainString());
    }
    return value;
  }

  private static Money amount(String text, java.util.Currency currency, String field) {
    if (text == null) {
      return Money.zero(currency);
    }
    Money value = Money.parse(text, currency, field);
    if (value.isNegative()) {
      throw KoproGoException.of(ErrorCode.NEGATIVE_AMOUNT, field + " " + value.toPlainString() + " is negative",
          "field", field, "value", value.toPlainString());
    }
    return value;
  }
}
