/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.solidarity;

import java.util.List;
import org.koprogo.domain.solidarity.Eligibility;
import org.koprogo.domain.solidarity.RuleOutcome;

/**
 * What {@link CheckAidEligibility} answers, as a client shows it: eligible when every rule of the
 * charter passed; each rule with its reason (an ineligible applicant is an answer, not an error).
 *
 * @param applicant the applicant's id
 * @param kind the kind of help asked
 * @param eligible whether every rule passed
 * @param outcomes each rule, passed or failed, with its reason
 */
public record EligibilityView(String applicant, String kind, boolean eligible, List<RuleOutcome> outcomes) {
  /**
   * The view of an answer.
   *
   * @param question the question asked
   * @param answer what {@link CheckAidEligibility#check} answered to it
   * @return its view
   */
  public static EligibilityView of(CheckAidEligibility.EligibilityQuestion question, Eligibility answer) {
    return new EligibilityView(question.applicant().id(), question.request().kind(), answer.eligible(),
        answer.outcomes());
  }
}
