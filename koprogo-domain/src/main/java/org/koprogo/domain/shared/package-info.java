/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The values every rule shares: exact money, exact fractions, the one apportionment, and the one
 * exception type with its stable error codes.
 *
 * <p>Entry points: {@link org.koprogo.domain.shared.Money} (minor units and a currency), {@link
 * org.koprogo.domain.shared.Fraction} (exact rationals), {@link
 * org.koprogo.domain.shared.Apportionment} (largest remainder), {@link
 * org.koprogo.domain.shared.Decimals} (the strict decimal text format), {@link
 * org.koprogo.domain.shared.KoproGoException} and {@link org.koprogo.domain.shared.ErrorCode}.
 */
package org.koprogo.domain.shared;
