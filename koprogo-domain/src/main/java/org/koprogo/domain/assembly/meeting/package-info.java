/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * One general assembly through its lifecycle: draft, agenda (items requested by owners, Civil
 * Code art. 3.87 §3), convocation, opening with the quorum, second session, votes, closing with the
 * minutes, publication.
 *
 * <p>Entry point: {@link org.koprogo.domain.assembly.meeting.GeneralAssembly}, a state machine
 * over {@link org.koprogo.domain.assembly.meeting.AssemblyState} whose transitions emit {@link
 * org.koprogo.domain.assembly.meeting.AssemblyEvent}s and end with the {@link
 * org.koprogo.domain.assembly.meeting.Minutes}; {@link
 * org.koprogo.domain.assembly.meeting.NoticePeriods} holds the statutory delays.
 */
package org.koprogo.domain.assembly.meeting;
