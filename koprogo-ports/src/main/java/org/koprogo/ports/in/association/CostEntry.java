/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.association;

/**
 * A cost line as a caller gives it: its category and its amount, a plain decimal text in the
 * command's currency. Missing parts are refused with {@code MISSING_FIELD} naming the line
 * ({@code costs[2].amount}).
 *
 * @param label the category ({@code infrastructure}, {@code staff})
 * @param amount the amount, never negative
 */
public record CostEntry(String label, String amount) {}
