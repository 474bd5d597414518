/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The use cases of general assemblies: a building's assembly of co-owners (Civil Code art.
 * 3.84-3.100) or an organisation's assembly of members under one member one vote, through their
 * whole lifecycle, and the minutes of assemblies kept without it.
 *
 * <p>Entry points: {@link org.koprogo.ports.in.assembly.DraftGeneralAssembly} (draft, owners'
 * request, second session), {@link org.koprogo.ports.in.assembly.RunGeneralAssembly} (agenda,
 * convocation, opening, votes, closing with the minutes, publication) and {@link
 * org.koprogo.ports.in.assembly.KeepAssemblyMinutes} (stored assemblies, their minutes counted
 * again, tallies, corrections). A command names its assembly with an {@link
 * org.koprogo.ports.in.assembly.AssemblyRef}; an assembly comes back as a {@link
 * org.koprogo.ports.in.assembly.Meeting}. Commands carry plain values (text, dates) as a client
 * sends them; a refusal names the offending field by its path in the command ({@code
 * items[0].title}, {@code attendance[2].holder}).
 */
package org.koprogo.ports.in.assembly;
