/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Late-payment interest and fees (RULES.md {@code late-penalty}), the imputation of payments to
 * installments, and reminder escalations.
 *
 * <p>Entry points: {@link org.koprogo.domain.penalty.LatePenalty} under a {@link
 * org.koprogo.domain.penalty.LatePenaltyPolicy} (its {@link org.koprogo.domain.penalty.PenaltyRate}
 * contractual or legal, with {@link org.koprogo.domain.penalty.LegalInterestRates}), giving a
 * {@link org.koprogo.domain.penalty.PenaltyAssessment}; {@link
 * org.koprogo.domain.penalty.PaymentImputation} giving an {@link
 * org.koprogo.domain.penalty.Imputation}; {@link org.koprogo.domain.penalty.ReminderPolicy}.
 */
package org.koprogo.domain.penalty;
