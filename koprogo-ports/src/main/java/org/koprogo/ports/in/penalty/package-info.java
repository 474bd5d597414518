/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The use cases of a building's late-payment penalty policy (RULES.md {@code late-penalty}; art.
 * 3.93 §1 Civil Code: the statutes set it).
 *
 * <p>Entry point: {@link org.koprogo.ports.in.penalty.ManageLatePenaltyPolicies}; a policy is set
 * from {@link org.koprogo.ports.in.penalty.PolicyTerms} and read as an {@link
 * org.koprogo.ports.in.penalty.AppliedPenaltyPolicy}; a building without a policy of its own falls
 * under the embedder's {@link org.koprogo.ports.in.penalty.DefaultPenaltyPolicy}.
 */
package org.koprogo.ports.in.penalty;
