/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.penalty;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.koprogo.domain.penalty.AccrualStart;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.PenaltyRate;

/**
 * The late-penalty policy of a building that has none of its own, as the embedder configures it:
 * simple interest at a statutory annual rate naming its article, a grace period, interest from
 * the due date, ACT/365, no fee, no minimum, no cap.
 *
 * @param annualRatePercent the annual rate in percent, not negative
 * @param statutesArticle the article of the statutes that sets it, not blank
 * @param graceDays days after the due date still on time, not negative
 */
public record DefaultPenaltyPolicy(BigDecimal annualRatePercent, String statutesArticle, int graceDays) {

  /**
   * A default policy.
   *
   * @param annualRatePercent the annual rate in percent, not negative
   * @param statutesArticle the article of the statutes that sets it, not blank
   * @param graceDays days after the due date still on time, not negative
   * @throws NullPointerException when the rate or the article is null
   */
  public DefaultPenaltyPolicy {
    Objects.requireNonNull(annualRatePercent, "annualRatePercent");
    Objects.requireNonNull(statutesArticle, "statutesArticle");
  }

  /**
   * The policy in a building's currency.
   *
   * @param currency the building's currency
   * @return the policy
   * @throws org.koprogo.domain.shared.KoproGoException {@code NEGATIVE_RATE}, {@code
   *     INVALID_GRACE} or {@code INVALID_FIELD} when the configured values are out of range
   */
  public LatePenaltyPolicy in(Currency currency) {
    return LatePenaltyPolicy.simpleInterest(PenaltyRate.fromStatutes(annualRatePercent, statutesArticle), currency)
        .withGrace(graceDays, AccrualStart.DUE_DATE);
  }
}
