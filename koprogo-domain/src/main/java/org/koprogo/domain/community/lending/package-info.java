/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Object lending in a building: the objects neighbours lend and a booking calendar that never holds
 * two overlapping loans of one object.
 *
 * <p>Entry point: {@link org.koprogo.domain.community.lending.LendingCalendar}, holding {@link
 * org.koprogo.domain.community.lending.LendableObject}s and {@link
 * org.koprogo.domain.community.lending.Loan}s.
 */
package org.koprogo.domain.community.lending;
