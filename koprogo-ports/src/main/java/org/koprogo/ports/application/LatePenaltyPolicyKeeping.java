/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
import org.koprogo.ports.in.penalty.AppliedPenaltyPolicy;
import org.koprogo.ports.in.penalty.DefaultPenaltyPolicy;
import org.koprogo.ports.in.penalty.ManageLatePenaltyPolicies;
import org.koprogo.ports.in.penalty.PolicyTerms;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.BuildingPenaltyPolicy;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PenaltyPolicies;

/**
 * {@link ManageLatePenaltyPolicies}: the terms are read (enums, decimals, amounts in the
 * building's currency), the domain's {@link LatePenaltyPolicy} checks their values, and the
 * policy is stored with its audit entry in one unit of work.
 */
public final class LatePenaltyPolicyKeeping implements ManageLatePenaltyPolicies {
  /** The longest statutes' article kept. */
  static final int MAX_ARTICLE = 300;

  private final OutPorts ports;
  private final PenaltyPolicies policies;
  private final LegalInterestRates legalRates;
  private final DefaultPenaltyPolicy defaults;

  /**
   * The use case on these ports.
   *
   * @param ports the out ports (buildings, audit trail, clock, transactions)
   * @param policies where each building's own policy is kept (joining the ports' transactions)
   * @param legalRates the legal interest rates of a legal-rate policy
   * @param defaults the policy of a building without one of its own
   */
  public LatePenaltyPolicyKeeping(OutPorts ports, PenaltyPolicies policies, LegalInterestRates legalRates,
      DefaultPenaltyPolicy defaults) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.legalRates = Objects.requireNonNull(legalRates, "legalRates");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
  }

  @Override
  public AppliedPenaltyPolicy applied(String organisation, String building) {
    return applied(ports.buildings().get(OrganisationId.of(organisation), BuildingId.of(building)));
  }

  /** The building's own policy, else the default in its currency. */
  AppliedPenaltyPolicy applied(Building building) {
    Optional<BuildingPenaltyPolicy> own = policies.find(building.organisation(), building.id());
    return own.map(p -> new AppliedPenaltyPolicy(building.id(), p.policy(), p))
        .orElseGet(() -> new AppliedPenaltyPolicy(building.id(), defaults.in(building.currency()), null));
  }

  @Override
  public AppliedPenaltyPolicy set(PolicyTerms terms, String actor) {
    Objects.requireNonNull(terms, "terms");
    Building found = ports.buildings().get(OrganisationId.of(terms.organisation()), BuildingId.of(terms.building()));
    LatePenaltyPolicy policy = policy(terms, found.currency());
    BuildingPenaltyPolicy saved = ports.transactions().inTransaction(() -> {
      Optional<BuildingPenaltyPolicy> current = policies.find(found.organisation(), found.id());
      long read = current.map(BuildingPenaltyPolicy::version).orElse(0L);
      if (terms.version() != null && terms.version() != read) {
        throw KoproGoException.of(ErrorCode.CONCURRENT_UPDATE,
            "the policy of building " + terms.building() + " is at version " + read + ", not " + terms.version(),
            "field", "version", "value", String.valueOf(terms.version()));
      }
      BuildingPenaltyPolicy next = new BuildingPenaltyPolicy(found.organisation(), found.id(), policy, read);
      BuildingPenaltyPolicy stored = current.isPresent() ? policies.update(next) : policies.add(next);
      ports.auditTrail().append(found.organisation(), new AuditEvent(ports.clock().now(), actor, SET,
          "building", terms.building(), audited(stored)));
      return stored;
    });
    return new AppliedPenaltyPolicy(found.id(), saved.policy(), saved);
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

  private PenaltyRate rate(PolicyTerms terms) {
    RateSource source = terms.rateSource() == null ? RateSource.STATUTES
        : FinanceFields.parse(RateSource.class, terms.rateSource(), "rateSource");
    if (source == RateSource.LEGAL_RATE) {
      // the law sets the rate: a rate or an article given with it would be silently ignored
      notWithTheLegalRate("annualRatePercent", terms.annualRatePercent());
      notWithTheLegalRate("statutesArticle", terms.statutesArticle());
      return PenaltyRate.legal(legalRates);
    }
    BigDecimal rate = decimal(FinanceFields.required(terms.annualRatePercent(), "annualRatePercent"),
        "annualRatePercent");
    String article = FinanceFields.required(terms.statutesArticle(), "statutesArticle").strip();
    if (article.length() > MAX_ARTICLE) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "statutesArticle is longer than " + MAX_ARTICLE
          + " characters", "field", "statutesArticle", "value", article.length());
    }
    return PenaltyRate.fromStatutes(rate, article);
  }

  private static void notWithTheLegalRate(String field, String value) {
    if (value != null) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, field + " is not given with the legal rate",
          "field", field, "value", value);
    }
  }

  private LatePenaltyPolicy policy(PolicyTerms terms, Currency currency) {
    PenaltyRate rate = rate(terms);
    DayCount dayCount = terms.dayCount() == null ? DayCount.ACT_365
        : FinanceFields.parse(DayCount.class, terms.dayCount(), "dayCount");
    int grace = terms.graceDays() == null ? 0 : terms.graceDays();
    AccrualStart byDefault = rate.source() == RateSource.LEGAL_RATE && terms.interestRunsUnderStatutes() == null
        ? AccrualStart.FORMAL_NOTICE : AccrualStart.DUE_DATE;
    AccrualStart start = terms.accrualStart() == null ? byDefault
        : FinanceFields.parse(AccrualStart.class, terms.accrualStart(), "accrualStart");
    Money zero = Money.zero(currency);
    Money fee = terms.flatFee() == null ? zero : Money.parse(terms.flatFee(), currency, "flatFee");
    Money minimum = terms.minimumPenalty() == null ? zero
        : Money.parse(terms.minimumPenalty(), currency, "minimumPenalty");
    BigDecimal cap = terms.capPercentOfPrincipal() == null ? null
        : decimal(terms.capPercentOfPrincipal(), "capPercentOfPrincipal");
    // the domain checks the values (INVALID_GRACE, NEGATIVE_RATE, NEGATIVE_AMOUNT under policy.*)
    return new LatePenaltyPolicy(rate, dayCount, grace, start, fee, minimum, cap, terms.interestRunsUnderStatutes());
  }

  private static BigDecimal decimal(String text, String field) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw KoproGoException.of(ErrorCode.INVALID_NUMBER, field + " '" + text + "' is not a plain decimal",
          "field", field, "value", text);
    }
  }
}
