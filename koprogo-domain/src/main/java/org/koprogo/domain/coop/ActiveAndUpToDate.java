/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * Cooperative's internal rules (RULES.md coop-allocation): eligible when ACTIVE and {@code owed -
 * paid <= tolerance} at the cut-off; status is checked first (NOT_ACTIVE), then arrears
 * (IN_ARREARS).
 *
 * @param tolerance the gap forgiven (rounding, bank fees); zero by default
 */
public record ActiveAndUpToDate(Money tolerance) implements Eligibility {
  /**
   * Checks the tolerance is given.
   *
   * @param tolerance the arrears a member may have and still be eligible
   */
  public ActiveAndUpToDate {
    Objects.requireNonNull(tolerance, "tolerance");
  }

  @Override
  public EligibilityDecision assess(MemberStatus status, Standing standing) {
    Money arrears = standing.arrears();
    if (status != MemberStatus.ACTIVE) {
      return EligibilityDecision.ineligible(standing.member(), Ineligibility.NOT_ACTIVE, arrears);
    }
    if (standing.balance().compareTo(tolerance) > 0) {
      return EligibilityDecision.ineligible(standing.member(), Ineligibility.IN_ARREARS, arrears);
    }
    return EligibilityDecision.eligible(standing.member(), arrears);
  }
}
