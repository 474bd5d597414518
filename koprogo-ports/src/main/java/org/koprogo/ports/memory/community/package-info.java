/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The community modules' store in memory.
 *
 * <p>Entry point: {@link org.koprogo.ports.memory.community.InMemoryCommunityBuildings}.
 */
package org.koprogo.ports.memory.community;
