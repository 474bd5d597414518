/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * General assemblies' votes (RULES.md {@code general-assembly}): quorum, proxies, the vote cap and
 * majorities, as a composition of named policies.
 *
 * <p>Entry points: {@link org.koprogo.domain.assembly.AssemblyTally} counts an assembly's votes
 * under a {@link org.koprogo.domain.assembly.VotingRules}: {@link
 * org.koprogo.domain.assembly.BelgianCoOwnershipRules} (Civil Code art. 3.87 and 3.88), {@link
 * org.koprogo.domain.assembly.FrenchCoOwnershipRules} (loi du 10 juillet 1965) or {@link
 * org.koprogo.domain.assembly.OneMemberOneVote} (associations and cooperatives); the result is an
 * {@link org.koprogo.domain.assembly.AssemblyResult}. {@link
 * org.koprogo.domain.assembly.DecisionType} is the catalogue of decisions with their legal
 * majorities; {@link org.koprogo.domain.assembly.GeneralAssemblyFamily} is the rule family of the
 * conformance vectors.
 */
package org.koprogo.domain.assembly;
