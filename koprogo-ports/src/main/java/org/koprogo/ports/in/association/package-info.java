/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The use cases of an association run by its members: its books (each quarter's members with
 * their rates and its cost lines), its monthly price (changed only by an adopted
 * one-member-one-vote resolution), the surplus allocation its assembly decides, and the
 * transparency figures computed from them (the quarterly report and the year a public page
 * shows).
 *
 * <p>Entry points: {@link org.koprogo.ports.in.association.KeepAssociationBooks}, {@link
 * org.koprogo.ports.in.association.KeepMonthlyPrice}, {@link
 * org.koprogo.ports.in.association.AllocateSurplus} and {@link
 * org.koprogo.ports.in.association.ReportTransparency}; a quarter of the books comes back as a
 * {@link org.koprogo.ports.in.association.BookedQuarter}. Each write is one unit of work with its
 * audit entry; time comes from the {@code Clock} port. Amounts are plain decimal texts parsed in
 * the currency named (EUR when absent), so that a refusal names the offending field.
 */
package org.koprogo.ports.in.association;
