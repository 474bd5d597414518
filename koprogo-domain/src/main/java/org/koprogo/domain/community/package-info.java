/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The community modules a building's council switches on (local exchange, object lending, swap
 * bazaar, notice board, skills directory), and the figures the association reports about them.
 *
 * <p>Entry points: {@link org.koprogo.domain.community.CommunitySettings}, {@link
 * org.koprogo.domain.community.CommunityModule} and {@link
 * org.koprogo.domain.community.CommunityImpact}; each module lives in its own subpackage.
 */
package org.koprogo.domain.community;
