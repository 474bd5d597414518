/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Versioned contribution plans and their indexation (RULES.md {@code indexation}): the installments
 * of a plan, each with the version and formula that priced it.
 *
 * <p>Entry points: {@link org.koprogo.domain.indexation.ContributionPlan} with its {@link
 * org.koprogo.domain.indexation.ContributionPlanVersion}s and {@link
 * org.koprogo.domain.indexation.Indexation}, giving {@link
 * org.koprogo.domain.indexation.IndexedInstallments}.
 */
package org.koprogo.domain.indexation;
