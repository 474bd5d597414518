/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.koprogo.ports.in.fields.ClientFields;

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
   * @param holder who holds the proxy (an owner present, or someone else), for PROXY; null for
   *     PRESENT
   */
  record Presence(String owner, String mode, @Nullable String holder) {}

  /**
   * One item for the agenda, as a client sends it: an {@link ItemRequest} and, when the item is
   * added to a draft on its own ({@link RunGeneralAssembly#addItem(String, String, NewItem,
   * String)}), the version read.
   *
   * @param id its id, unique in the assembly
   * @param title what is decided
   * @param decisionType a {@code DecisionType} name (its legal majority applies), or null
   * @param majority ABSOLUTE, TWO_THIRDS, FOUR_FIFTHS, UNANIMITY or UNANIMITY_OF_PRESENT: stated
   *     directly without a decision type, or overriding the decision type's with {@code
   *     overrideReason}; null for the decision type's
   * @param overrideReason why the decision type's majority is overridden, or null
   * @param failedUnanimityOn for UNANIMITY_OF_PRESENT: the day the unanimity of all failed
   * @param requestedBy the owners who asked for the item (Civil Code art. 3.87 §3); the syndic's
   *     item when null
   * @param requestedOn the day they asked (with {@code requestedBy})
   * @param version the version read (for an item added on its own; not read in a draft)
   * @param chargeKey when the item concerns a charge only some owners bear (Civil Code art. 3.87
   *     §6): each such owner's part, as plain decimal text; the vote then follows it
   * @param concerning for a decision type about a contract with a named person: that person (who
   *     does not vote on the item, nor through them their principals; Civil Code art. 3.87 §9)
   */
  record NewItem(String id, String title, @Nullable String decisionType, @Nullable String majority,
      @Nullable String overrideReason, @Nullable LocalDate failedUnanimityOn, @Nullable List<String> requestedBy,
      @Nullable LocalDate requestedOn, @Nullable Long version, @Nullable Map<String, String> chargeKey,
      @Nullable String concerning) {
    /**
     * An item as the use cases read it (a static method, so that a JSON binder or schema generator
     * sees no property besides the components).
     *
     * @param item the item as a client sends it, or null
     * @return the item without the version, or null
     */
    public static ItemRequest item(NewItem item) {
      return item == null ? null : new ItemRequest(item.id, item.title, item.decisionType, item.majority,
          item.overrideReason, item.failedUnanimityOn, item.requestedBy, item.requestedOn, item.chargeKey,
          item.concerning);
    }

    /**
     * The items as the use cases read them, in order.
     *
     * @param items the items as a client sends them, or null
     * @return the items (a null item stays null, for the use case to refuse), or null
     */
    public static List<ItemRequest> items(List<NewItem> items) {
      return items == null ? null : items.stream().map(NewItem::item).toList();
    }
  }

  /**
   * A convocation as a client sends it (Civil Code art. 3.87 §3: the place, the day and the hour).
   *
   * @param convokedOn the day the convocations are sent
   * @param startsAt the day and time the meeting starts ({@code 2026-09-17T19:30}), at least 15 days
   *     later; with {@code place}, the convocation is recorded and queued to each owner
   * @param place where the meeting is held (one line, at most 200 characters), with {@code startsAt}
   * @param meetingOn without {@code startsAt} and {@code place} only (deprecated): the day of the
   *     meeting (the planned day when absent); records no time nor place and queues no notice
   * @param version the version read
   */
  record Convening(LocalDate convokedOn, @Nullable LocalDateTime startsAt, @Nullable String place,
      @Nullable LocalDate meetingOn, @Nullable Long version) {}

  /**
   * The opening of the meeting, as a client sends it.
   *
   * @param on the day (the meeting day when absent)
   * @param attendance who is present and who is represented by whom; owners not listed are absent
   * @param version the version read
   */
  record Opening(@Nullable LocalDate on, List<Presence> attendance, @Nullable Long version) {}

  /**
   * The ballots on one item, as a client sends them.
   *
   * @param ballots owner to FOR, AGAINST, ABSTAIN, BLANK or NULL (an owner present or represented
   *     without a ballot abstains)
   * @param excluded owners excluded from this vote for a conflict of interest
   * @param version the version read
   */
  record BallotBox(Map<String, String> ballots, @Nullable List<String> excluded, @Nullable Long version) {}

  /**
   * The closing, as a client sends it.
   *
   * @param language the language the titles are written in (fr, nl, de, en), for the public page
   * @param version the version read
   */
  record Closing(@Nullable String language, @Nullable Long version) {}

  /**
   * The minutes sent to the owners, as a client says it.
   *
   * @param publishedOn the day they were sent
   * @param version the version read
   */
  record Publication(LocalDate publishedOn, @Nullable Long version) {}

  /**
   * A change naming only the version read.
   *
   * @param version the version read
   */
  record Versioned(@Nullable Long version) {}

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

  /**
   * Adds an item to the agenda of a draft, as a client sends it ({@link #addItem(AssemblyRef,
   * ItemRequest)} at the version the item names).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param item the item and the version read
   * @param actor who adds it
   * @return the assembly after the change
   */
  default Meeting addItem(String organisation, String assembly, NewItem item, String actor) {
    return addItem(new AssemblyRef(organisation, assembly, item.version(), actor), NewItem.item(item));
  }

  /**
   * Convenes the assembly as a client asks it, and summarises the answer: with {@code startsAt} or
   * {@code place}, {@link #convene(AssemblyRef, Convocation)} (its summary names each owner's means
   * of convocation); without both (deprecated), {@link #convene(AssemblyRef, LocalDate, LocalDate)}
   * (its summary's {@code convocations} null).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param convening the convocation and the version read
   * @param actor who convenes
   * @return the summary of the convened assembly
   */
  default MeetingSummary convene(String organisation, String assembly, Convening convening, String actor) {
    AssemblyRef ref = new AssemblyRef(organisation, assembly, convening.version(), actor);
    if (convening.startsAt() == null && convening.place() == null) {
      return MeetingSummary.of(convene(ref, convening.convokedOn(), convening.meetingOn()));
    }
    return MeetingSummary.of(convene(ref, new Convocation(convening.convokedOn(), convening.startsAt(),
        convening.place(), convening.meetingOn())));
  }

  /**
   * Opens the meeting as a client asks it ({@link #open(AssemblyRef, LocalDate, List)}).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param opening the day, the attendance list and the version read
   * @param actor who opens it
   * @return the assembly, OPENED or NO_QUORUM
   */
  default Meeting open(String organisation, String assembly, Opening opening, String actor) {
    return open(new AssemblyRef(organisation, assembly, opening.version(), actor), opening.on(),
        opening.attendance());
  }

  /**
   * Starts the votes as a client asks it ({@link #startVoting(AssemblyRef)}).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param change the version read
   * @param actor who starts them
   * @return the assembly, VOTING
   */
  default Meeting startVoting(String organisation, String assembly, Versioned change, String actor) {
    return startVoting(new AssemblyRef(organisation, assembly, change.version(), actor));
  }

  /**
   * Votes on one item as a client sends the ballots ({@link #vote(AssemblyRef, String, Map, List)}).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param resolution the item's id
   * @param box the ballots, the owners excluded and the version read
   * @param actor who records the vote
   * @return the assembly with the item's vote
   */
  default Meeting vote(String organisation, String assembly, String resolution, BallotBox box, String actor) {
    return vote(new AssemblyRef(organisation, assembly, box.version(), actor), resolution, box.ballots(),
        box.excluded());
  }

  /**
   * Closes the meeting as a client asks it ({@link #close(AssemblyRef, String)}).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param closing the language and the version read
   * @param actor who closes it
   * @return the assembly, CLOSED
   */
  default Meeting close(String organisation, String assembly, Closing closing, String actor) {
    return close(new AssemblyRef(organisation, assembly, closing.version(), actor), closing.language());
  }

  /**
   * Records that the minutes were sent, as a client says it ({@link #publishMinutes(AssemblyRef,
   * LocalDate)}).
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param publication the day and the version read
   * @param actor who records it
   * @return the assembly, MINUTES_PUBLISHED
   */
  default Meeting publishMinutes(String organisation, String assembly, Publication publication, String actor) {
    return publishMinutes(new AssemblyRef(organisation, assembly, publication.version(), actor),
        publication.publishedOn());
  }

  /**
   * The time a meeting starts, as a client states it ({@code HH:mm}, as {@code 19:30}): what a
   * convocation of an assembly convened without a time prints (a document adapter reads the
   * client's text with this, so the rule is the in-ports' one).
   *
   * @param text the time sent, or null
   * @param field the field's name in the client's request
   * @return the time, or null when {@code text} is null or blank
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code field}
   *     (and the value, cut to 40 characters) when it is not {@code HH:mm}
   */
  static LocalTime startTime(String text, String field) {
    return ClientFields.time(text, field);
  }
}
