/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The use cases of an owner's account with the co-ownership: payments recorded from the bank
 * statement and the owner's statement of account (installments, payments imputed oldest first,
 * late-payment penalties under each building's policy, balance, reminder due).
 *
 * <p>Entry points: {@link org.koprogo.ports.in.statement.RecordOwnerPayment}, {@link
 * org.koprogo.ports.in.statement.ReadOwnerStatement} and {@link
 * org.koprogo.ports.in.statement.RemindOwnersInArrears} (the reminders due, sent once per step); a statement comes back as a {@link
 * org.koprogo.ports.in.statement.StatementOfAccount}, its terms are the embedder's {@link
 * org.koprogo.ports.in.statement.StatementTerms}.
 */
package org.koprogo.ports.in.statement;
