/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * An owner's statement of account as of a date: every installment with the payments imputed to it,
 * late penalties, and the reminder due.
 *
 * <p>Entry point: {@link org.koprogo.domain.statement.OwnerStatement}, made of {@link
 * org.koprogo.domain.statement.StatementLine}s, with its {@link
 * org.koprogo.domain.statement.Reminder}.
 */
package org.koprogo.domain.statement;
