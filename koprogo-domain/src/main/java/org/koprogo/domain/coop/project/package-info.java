/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/** The building project: milestones, budget (planned versus committed), lots. */
package org.koprogo.domain.coop.project;
