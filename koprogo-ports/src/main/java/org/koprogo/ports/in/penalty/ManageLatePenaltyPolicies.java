/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.penalty;

import jakarta.annotation.Nullable;

/**
 * Each building's late-payment penalty policy: read (its own or the embedder's default) and set.
 * Setting is one unit of work: the policy and its audit entry ({@link #SET}), time from the
 * {@code Clock} port.
 */
public interface ManageLatePenaltyPolicies {
  /** The audit trail's action when a building's policy is set. */
  String SET = "LatePenaltyPolicySet";

  /**
   * The policy that applies to a building's installments.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @return its own policy, or the default in its currency
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building
   */
  AppliedPenaltyPolicy applied(String organisation, String building);

  /**
   * Sets a building's own policy.
   *
   * @param terms the policy
   * @param actor who sets it (for the audit trail)
   * @return the policy as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (building), {@code
   *     CONCURRENT_UPDATE} (field {@code version}), {@code MISSING_FIELD}, {@code INVALID_FIELD},
   *     {@code INVALID_NUMBER}, and the domain's {@code NEGATIVE_RATE}, {@code NEGATIVE_AMOUNT},
   *     {@code INVALID_GRACE} with a field under {@code policy.}
   */
  AppliedPenaltyPolicy set(PolicyTerms terms, String actor);

  /**
   * Sets a building's own policy as a client sends it ({@link #set(PolicyTerms, String)}).
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param policy the policy as the client sends it
   * @param actor who sets it (for the audit trail)
   * @return the policy as stored
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #set(PolicyTerms, String)}
   */
  default AppliedPenaltyPolicy set(String organisation, String building, Policy policy, String actor) {
    return set(new PolicyTerms(organisation, building, policy.rateSource(), policy.annualRatePercent(),
        policy.statutesArticle(), policy.dayCount(), policy.graceDays(), policy.accrualStart(), policy.flatFee(),
        policy.minimumPenalty(), policy.capPercentOfPrincipal(), policy.version(), policy.interestRunsUnderStatutes()),
        actor);
  }

  /**
   * A building's policy as a client sends it.
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
   * @param version the version read (0 when the building has none yet); when absent the stored
   *     one is replaced whatever its version
   * @param interestRunsUnderStatutes at the legal rate, the article of the statutes making interest
   *     run without a formal notice; without it a legal-rate policy runs from the formal notice
   *     ({@code accrualStart} FORMAL_NOTICE, the default then)
   */
  record Policy(
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
}
