/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The cooperative (group workflow, documents, contribution plan) and its members (KYC, roles, FIFO
 * ranks).
 */
package org.koprogo.domain.coop.group;
