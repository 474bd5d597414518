/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The association's charter: membership pricing, the monthly price changed only by a resolution,
 * the quarterly transparency report, its reserve, and the participatory budget that splits the
 * year's surplus (RULES.md {@code surplus-allocation}).
 *
 * <p>Entry points: {@link org.koprogo.domain.association.MembershipPricing}, {@link
 * org.koprogo.domain.association.MonthlyPrice}, {@link
 * org.koprogo.domain.association.QuarterlyTransparencyReport} and {@link
 * org.koprogo.domain.association.SurplusAllocation} (its result is a {@link
 * org.koprogo.domain.association.SurplusAllocationResult}).
 */
package org.koprogo.domain.association;
