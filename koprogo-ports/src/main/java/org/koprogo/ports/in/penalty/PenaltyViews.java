/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.penalty;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.PenaltyRate;

/**
 * What {@link ManageLatePenaltyPolicies} answers, in plain values a client shows: a building's
 * applied late-payment penalty policy (also each building's policy in an owner's statement).
 * Amounts and rates are plain decimals, codes their names. Built from what the use case returned;
 * nothing is read or stored.
 */
public final class PenaltyViews {
  private PenaltyViews() {}

  /**
   * A building's applied policy: its own (source BUILDING) or the default (DEFAULT). At the
   * statutes' rate, the rate and the article; at the legal rate, none of these but the rate of each
   * calendar year. {@code interestRunsUnderStatutes} only when the statutes make interest run
   * without a formal notice.
   *
   * @param building the building's id
   * @param source BUILDING or DEFAULT
   * @param rateSource STATUTES or LEGAL_RATE
   * @param annualRatePercent the statutes' annual rate in percent, or null at the legal rate
   * @param statutesArticle the article of the statutes that sets it, or null at the legal rate
   * @param legalRatePercentByYear the legal rate of each calendar year, or null (absent) at the
   *     statutes' rate
   * @param rateReference where the rate comes from, in words
   * @param dayCount ACT_365 or ACT_360
   * @param graceDays days after the due date still on time
   * @param accrualStart DUE_DATE, GRACE_END or FORMAL_NOTICE
   * @param interestRunsUnderStatutes the article making interest run without a formal notice, or
   *     null (absent)
   * @param flatFee the fee charged once per late installment
   * @param minimumPenalty the least penalty of a late installment
   * @param capPercentOfPrincipal the cap in percent of the principal, or null for none
   * @param version the stored version (0 for the default)
   */
  public record PolicyView(String building, String source, String rateSource, @Nullable String annualRatePercent,
      @Nullable String statutesArticle, @Nullable Map<String, String> legalRatePercentByYear,
      String rateReference, String dayCount, int graceDays, String accrualStart,
      @Nullable String interestRunsUnderStatutes, String flatFee,
      String minimumPenalty, @Nullable String capPercentOfPrincipal, long version) {}

  /**
   * The view of an applied policy.
   *
   * @param applied the policy a use case answered
   * @return its view
   */
  public static PolicyView policy(AppliedPenaltyPolicy applied) {
    LatePenaltyPolicy p = applied.policy();
    PenaltyRate.Statutory statutes = p.rate() instanceof PenaltyRate.Statutory s ? s : null;
    Map<String, String> byYear = null;
    if (p.rate() instanceof PenaltyRate.Legal legal) {
      byYear = new TreeMap<>();
      for (Map.Entry<Integer, BigDecimal> year : legal.table().percentByYear().entrySet()) {
        byYear.put(String.valueOf(year.getKey()), year.getValue().toPlainString());
      }
    }
    return new PolicyView(applied.building().value(), applied.source(), p.rate().source().name(),
        statutes == null ? null : statutes.annualPercent().toPlainString(),
        statutes == null ? null : statutes.statutesArticle(), byYear, p.rate().reference(), p.dayCount().name(),
        p.graceDays(), p.accrualStart().name(), p.interestRunsUnderStatutes(), p.flatFee().toPlainString(),
        p.minimumPenalty().toPlainString(), p.cap().map(BigDecimal::toPlainString).orElse(null), applied.version());
  }
}
