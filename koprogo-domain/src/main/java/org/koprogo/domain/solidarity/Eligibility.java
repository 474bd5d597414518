/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.util.List;
import java.util.Objects;

/**
 * The solidarity fund's answer to a request: every rule checked, passed or failed, in the order
 * of the charter (exclusions first). An ineligible applicant is a normal outcome, not an error.
 * Immutable.
 *
 * @param applicant the applicant
 * @param request the request
 * @param outcomes every rule's outcome
 */
public record Eligibility(ApplicantId applicant, AidRequest request, List<RuleOutcome> outcomes) {
  /**
   * Checks that every part is given and copies the outcomes.
   *
   * @param applicant the applicant
   * @param request the request
   * @param outcomes every rule's outcome
   */
  public Eligibility {
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(request, "request");
    outcomes = List.copyOf(outcomes);
  }

  /**
   * True when every rule passed.
   *
   * @return whether the applicant is eligible
   */
  public boolean eligible() {
    return outcomes.stream().allMatch(RuleOutcome::passed);
  }

  /**
   * The rules that failed, in order.
   *
   * @return the failed rules
   */
  public List<RuleOutcome> failures() {
    return outcomes.stream().filter(o -> !o.passed()).toList();
  }
}
