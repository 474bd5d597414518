/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The out ports of the community modules.
 *
 * <p>Entry points: {@link org.koprogo.ports.out.community.CommunityStore} and {@link
 * org.koprogo.ports.out.community.CommunityBuildings}.
 */
package org.koprogo.ports.out.community;
