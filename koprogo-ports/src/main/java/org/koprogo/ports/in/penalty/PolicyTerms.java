/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.penalty;

/**
 * A building's late-penalty policy as a host receives it; decimals are plain text, read by the
 * use case. The domain's {@code LatePenaltyPolicy} checks the values: its refusals name the
 * policy's fields ({@code policy.graceDays}), which a host re-roots to its own.
 *
 * @param organisation the tenant
 * @param building the building's id
 * @param rateSource {@code STATUTES} (when null: the rate and article below) or {@code LEGAL_RATE}
 *     (the legal interest rate of each calendar year; no rate, no article)
 * @param annualRatePercent annual simple-interest rate in percent (plain decimal)
 * @param statutesArticle the article of the statutes that sets the rate (at most 300 characters)
 * @param dayCount {@code ACT_365} (when null) or {@code ACT_360}
 * @param graceDays days after the due date still on time (null: 0)
 * @param accrualStart {@code DUE_DATE}, {@code GRACE_END} or {@code FORMAL_NOTICE}; when null,
 *     {@code FORMAL_NOTICE} at the legal rate without {@code interestRunsUnderStatutes}, else
 *     {@code DUE_DATE}
 * @param flatFee a fee charged once per late installment (null: 0)
 * @param minimumPenalty the least penalty of a late installment (null: 0)
 * @param capPercentOfPrincipal the cap in percent of the principal (null: none)
 * @param version the version read (0 when the building has none yet); null replaces the stored
 *     one whatever its version
 * @param interestRunsUnderStatutes the statutes' article making interest at the legal rate run
 *     without a formal notice, or null
 */
public record PolicyTerms(
    String organisation,
    String building,
    String rateSource,
    String annualRatePercent,
    String statutesArticle,
    String dayCount,
    Integer graceDays,
    String accrualStart,
    String flatFee,
    String minimumPenalty,
    String capPercentOfPrincipal,
    Long version,
    String interestRunsUnderStatutes) {}
