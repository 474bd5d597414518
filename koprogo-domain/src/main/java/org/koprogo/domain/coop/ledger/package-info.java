/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** The append-only, idempotent contribution ledger, and the reminder calendar. */
package org.koprogo.domain.coop.ledger;
