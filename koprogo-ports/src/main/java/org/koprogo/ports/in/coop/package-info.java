/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The use cases of a housing cooperative: its groups and their workflow, the allocation rounds
 * over the group's members, and the group's housing project.
 *
 * <p>Entry points: {@link org.koprogo.ports.in.coop.ManageCoopGroups}, {@link
 * org.koprogo.ports.in.coop.RunAllocationRounds} and {@link
 * org.koprogo.ports.in.coop.RunCoopProject}; a command names its group with a {@link
 * org.koprogo.ports.in.coop.CoopRef}, and a stored aggregate comes back {@link
 * org.koprogo.ports.in.coop.Versioned}.
 */
package org.koprogo.ports.in.coop;
