/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The use case of a solidarity fund's loan that needs no stored data: its repayment schedule
 * from terms given as plain values.
 *
 * <p>Entry point: {@link org.koprogo.ports.in.loan.ScheduleLoan}, built by {@code UseCases}.
 */
package org.koprogo.ports.in.loan;
