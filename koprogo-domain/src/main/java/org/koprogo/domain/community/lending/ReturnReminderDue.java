/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.lending;

import java.time.LocalDate;
import org.koprogo.domain.community.NeighbourId;

/**
 * Notification intent: remind the borrower that a loan's return date is near.
 *
 * @param loanId the loan
 * @param objectId the object
 * @param borrower whom to remind
 * @param returnDate the return date
 * @param daysBefore how many days before the return date the reminder is for
 * @param logicalKey a stable key for idempotent sending ({@code loan:<id>:return-reminder:<days>})
 */
public record ReturnReminderDue(String loanId, String objectId, NeighbourId borrower, LocalDate returnDate, int daysBefore, String logicalKey) {}
