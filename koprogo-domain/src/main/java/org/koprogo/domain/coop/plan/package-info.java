/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** The cooperative's contribution plan: indexed installments, cut-off dates, late penalties. */
package org.koprogo.domain.coop.plan;
