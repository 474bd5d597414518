/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.shared.Money;

/**
 * Whether a member may be allotted a lot, and why not: a business outcome, not an error.
 *
 * @param reason empty when eligible
 * @param arrears {@code max(0, owed - paid)} at the cut-off, whatever the decision
 * @param member the member assessed
 */
public record EligibilityDecision(MemberId member, Optional<Ineligibility> reason, Money arrears) {
  /**
   * Checks the decision.
   *
   * @param member the member assessed
   * @param reason empty when eligible
   * @param arrears {@code max(0, owed - paid)} at the cut-off, whatever the decision
   */
  public EligibilityDecision {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(arrears, "arrears");
  }

  /**
   * An eligible member.
   *
   * @param member the member
   * @param arrears their arrears at the cut-off (at most the tolerance)
   * @return the decision
   */
  public static EligibilityDecision eligible(MemberId member, Money arrears) {
    return new EligibilityDecision(member, Optional.empty(), arrears);
  }

  /**
   * An ineligible member, with the reason.
   *
   * @param member the member
   * @param reason why they may not be allotted a lot
   * @param arrears their arrears at the cut-off
   * @return the decision
   */
  public static EligibilityDecision ineligible(MemberId member, Ineligibility reason, Money arrears) {
    return new EligibilityDecision(member, Optional.of(reason), arrears);
  }

  /**
   * True when the member may be allotted a lot.
   *
   * @return whether there is no reason against them
   */
  public boolean eligible() {
    return reason.isEmpty();
  }
}
