/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The local exchange (time bank) of a building: one hour of service is one credit, and credits move
 * only when an exchange is completed.
 *
 * <p>Entry point: {@link org.koprogo.domain.community.exchange.TimeBank}, holding {@link
 * org.koprogo.domain.community.exchange.Exchange}s and {@link
 * org.koprogo.domain.community.exchange.TimeCredits}.
 */
package org.koprogo.domain.community.exchange;
