/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** The allocation workflow: proposals from the FIFO rules, the managers' decisions, assignment. */
package org.koprogo.domain.coop.allocation;
