/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Solidarity-fund loans repaid by constant monthly payments (French amortisation, RULES.md {@code
 * loan-schedule}).
 *
 * <p>Entry points: {@link org.koprogo.domain.loan.LoanTerms} and {@link
 * org.koprogo.domain.loan.LoanSchedule}, made of {@link org.koprogo.domain.loan.LoanInstallment}s.
 */
package org.koprogo.domain.loan;
