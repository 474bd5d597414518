/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The swap and donation bazaar of a building: offers published, reserved, handed over or withdrawn,
 * and expired after a set time.
 *
 * <p>Entry point: {@link org.koprogo.domain.community.bazaar.SwapBazaar}, holding {@link
 * org.koprogo.domain.community.bazaar.BazaarOffer}s.
 */
package org.koprogo.domain.community.bazaar;
