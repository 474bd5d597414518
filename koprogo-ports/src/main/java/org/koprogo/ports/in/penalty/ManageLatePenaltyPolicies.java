/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.penalty;

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
}
