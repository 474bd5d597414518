/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import org.koprogo.domain.shared.Money;

/** A rule deciding which members may be allotted a lot at a cut-off. */
public interface Eligibility {

  /**
   * The decision for one member, from their status and their standing at the cut-off.
   *
   * @param status the member's status
   * @param standing what they owed and paid at the cut-off
   * @return eligible, or ineligible with the reason
   */
  EligibilityDecision assess(MemberStatus status, Standing standing);

  /**
   * ACTIVE and {@code owed - paid <= tolerance} (the cooperative's default rule).
   *
   * @param tolerance the arrears a member may have and still be eligible
   * @return the rule
   */
  static Eligibility activeAndUpToDate(Money tolerance) {
    return new ActiveAndUpToDate(tolerance);
  }
}
