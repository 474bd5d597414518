/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A drafted general assembly through its lifecycle ({@code GeneralAssembly}): agenda items,
 * convocation (notice, Civil Code art. 3.87 §3), opening with the attendance and proxies (quorum,
 * art. 3.87 §5 and §7), votes item by item, closing with its minutes, and the minutes sent to the
 * owners (art. 3.87 §12). Every change reads the assembly at the version its {@link AssemblyRef}
 * names, runs one domain transition and stores, in one unit of work, the new state, the stored
 * {@code Assembly} brought in line with it and one audit entry (subject {@code assembly/<id>},
 * from and to states, the events raised); closing also records the minutes (each resolution's
 * outcome and the votes) in the same unit of work. A refused step stores nothing. Time comes
 * from the {@code Clock} port.
 *
 * <p>Refusals: {@code NOT_FOUND}, {@code CONCURRENT_UPDATE} (field {@code version}), {@code
 * ILLEGAL_TRANSITION} (from, to, guard; the day guards of the convocation name {@code
 * meetingOn}), {@code MISSING_FIELD}, {@code INVALID_FIELD}, {@code INVALID_PROXY}, {@code
 * UNKNOWN_OWNER} and the domain's refusals of each step, naming the field by its path in the
 * command.
 */
public interface RunGeneralAssembly {

  /**
   * One line of the attendance list.
   *
   * @param owner the owner (member)
   * @param mode PRESENT or PROXY
   * @param holder who holds the proxy (an owner present, or someone else), for PROXY
   */
  record Presence(String owner, String mode, String holder) {}

  /**
   * One assembly as stored.
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @return the assembly with its version and building
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} when the organisation has
   *     no such assembly with a lifecycle
   */
  Meeting meeting(String organisation, String assembly);

  /**
   * Adds an item to the agenda of a draft: the syndic's, or requested by owners ({@code
   * requestedBy}, {@code requestedOn}).
   *
   * @param ref the assembly
   * @param item the item
   * @return the assembly after the change
   */
  Meeting addItem(AssemblyRef ref, ItemRequest item);

  /**
   * Sends the convocations on {@code convokedOn} for a meeting on {@code meetingOn}, recording
   * neither the time nor the place and queuing no notice: for an embedder who convenes by its own
   * means. {@link #convene(AssemblyRef, Convocation)} records both and queues the notices.
   *
   * @param ref the assembly
   * @param convokedOn the day they are sent (required)
   * @param meetingOn the day of the meeting; the planned day when null
   * @return the assembly, CONVENED
   */
  Meeting convene(AssemblyRef ref, LocalDate convokedOn, LocalDate meetingOn);

  /**
   * Convenes the assembly with what the convocation states (the day and time the meeting starts,
   * and its place; Civil Code art. 3.87 §3), recorded with the assembly, and queues one {@code
   * ASSEMBLY_CONVOCATION} notice (the organisation's name, the day, the time, the place; entity
   * {@code assembly:<id>}, event {@code convened}) to each owner of the voting body (each member of
   * an organisation's assembly) on their chosen channel, with their consent in force: in the same
   * unit of work as the change and its audit entries ({@code AssemblyConvened}, then {@code
   * ConvocationsQueued} with the owners reached electronically and those to convene by post). A
   * refused convocation, or a notice that fails, stores and queues nothing. Convening again is
   * refused ({@code ILLEGAL_TRANSITION}), so nobody is convoked twice.
   *
   * <p>The answer says, per owner, whether the convocation is the email they agreed to in writing
   * (the channel adapter attaches the document) or a registered letter the syndic must send: no
   * consent, no address, post chosen, or WhatsApp (whose message announces the meeting but cannot
   * carry the agenda).
   *
   * @param ref the assembly
   * @param convocation the day it is sent, when and where the meeting is held (each required)
   * @return the convened assembly and each owner's means of convocation
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming {@code convocation}, {@code convokedOn}, {@code startsAt}, {@code
   *     place} or {@code meetingOn} (not the day of {@code startsAt}); {@code ILLEGAL_TRANSITION} for the notice period (field {@code meetingOn}) and the
   *     other guards of the convocation; the refusals every step has
   */
  Convened convene(AssemblyRef ref, Convocation convocation);

  /**
   * Opens the meeting with its attendance list: proxies are reviewed and the quorum checked.
   *
   * @param ref the assembly
   * @param on the day; the meeting's day when null
   * @param attendance who is present and who is represented by whom (required); owners not
   *     listed are absent
   * @return the assembly, OPENED or NO_QUORUM
   */
  Meeting open(AssemblyRef ref, LocalDate on, List<Presence> attendance);

  /**
   * Starts the votes on the agenda of an opened assembly.
   *
   * @param ref the assembly
   * @return the assembly, VOTING
   */
  Meeting startVoting(AssemblyRef ref);

  /**
   * Votes on one agenda item; its majority decides.
   *
   * @param ref the assembly
   * @param resolution the item's id
   * @param ballots owner to FOR, AGAINST, ABSTAIN, BLANK or NULL (required; an owner present or
   *     represented without a ballot abstains)
   * @param excluded owners excluded from this vote for a conflict of interest; null for none
   * @return the assembly with the item's vote
   */
  Meeting vote(AssemblyRef ref, String resolution, Map<String, String> ballots, List<String> excluded);

  /**
   * Closes the meeting (items not voted are postponed) and records its minutes: each
   * resolution's outcome and the votes, in the same unit of work.
   *
   * @param ref the assembly
   * @param language the language its titles are written in (fr, nl, de, en), or null
   * @return the assembly, CLOSED
   */
  Meeting close(AssemblyRef ref, String language);

  /**
   * Records that the minutes were sent to the owners on {@code publishedOn} (late is allowed and
   * marked late).
   *
   * @param ref the assembly
   * @param publishedOn the day (required)
   * @return the assembly, MINUTES_PUBLISHED
   */
  Meeting publishMinutes(AssemblyRef ref, LocalDate publishedOn);
}
