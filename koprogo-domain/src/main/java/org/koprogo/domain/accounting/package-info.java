/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
/**
 * Double-entry accounts of an association of co-owners: the minimum chart of accounts (Royal
 * Decree of 12 July 2012, classes 1 to 7), balanced journal entries in minor units, the postings
 * of expenses, calls for funds, payments, penalties and refunds, the trial balance, the balance
 * sheet and the income statement of a year, and year closing. See docs/accounting.md.
 */
package org.koprogo.domain.accounting;
