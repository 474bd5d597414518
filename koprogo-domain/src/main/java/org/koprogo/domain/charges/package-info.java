/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Distribution of a building's expenses over its lots (Civil Code art. 3.85 §1 and 3.86 §2), by
 * single or composite keys, then over the co-owners of each lot; RULES.md {@code
 * charge-distribution}.
 *
 * <p>Entry points: {@link org.koprogo.domain.charges.ChargeDistribution}, with a {@link
 * org.koprogo.domain.charges.DistributionKey} or {@link org.koprogo.domain.charges.KeyShare}s,
 * giving a {@link org.koprogo.domain.charges.Distribution}; {@link
 * org.koprogo.domain.charges.CompiledKey} for many expenses over one key; {@link
 * org.koprogo.domain.charges.ExpenseDistribution} down to the co-owners.
 */
package org.koprogo.domain.charges;
