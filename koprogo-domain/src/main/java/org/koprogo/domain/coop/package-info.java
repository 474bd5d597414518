/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Housing cooperative: FIFO eligibility and lot allocation (RULES.md {@code coop-allocation}),
 * and the vocabulary shared by the subpackages. See {@code docs/cooperative.md}.
 *
 * <p>Entry points: {@link org.koprogo.domain.coop.FifoAllocation} over an {@link
 * org.koprogo.domain.coop.AllocationRound}; {@link org.koprogo.domain.coop.Standings} for the
 * one-pass ledger aggregation.
 */
package org.koprogo.domain.coop;
