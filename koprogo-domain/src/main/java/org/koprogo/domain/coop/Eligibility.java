/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import org.koprogo.domain.shared.Money;

/** A rule deciding which members may be allotted a lot at a cut-off. */
public interface Eligibility {

  /** The decision for one member, from their status and their standing at the cut-off. */
  EligibilityDecision assess(MemberStatus status, Standing standing);

  /** ACTIVE and {@code owed - paid <= tolerance} (the cooperative's default rule). */
  static Eligibility activeAndUpToDate(Money tolerance) {
    return new ActiveAndUpToDate(tolerance);
  }
}
