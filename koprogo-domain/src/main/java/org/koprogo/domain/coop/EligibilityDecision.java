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
 */
public record EligibilityDecision(MemberId member, Optional<Ineligibility> reason, Money arrears) {
  public EligibilityDecision {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(arrears, "arrears");
  }

  public static EligibilityDecision eligible(MemberId member, Money arrears) {
    return new EligibilityDecision(member, Optional.empty(), arrears);
  }

  public static EligibilityDecision ineligible(MemberId member, Ineligibility reason, Money arrears) {
    return new EligibilityDecision(member, Optional.of(reason), arrears);
  }

  public boolean eligible() {
    return reason.isEmpty();
  }
}
