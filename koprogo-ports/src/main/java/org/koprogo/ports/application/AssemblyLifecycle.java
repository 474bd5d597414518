/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.koprogo.ports.application.AssemblyCommands.ownerIds;
import static org.koprogo.ports.application.AssemblyCommands.parse;
import static org.koprogo.ports.application.AssemblyCommands.required;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.ItemRequest;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.RecordedVotes;

/** {@link RunGeneralAssembly} on the out ports: one unit of work per step. */
final class AssemblyLifecycle implements RunGeneralAssembly {
  private final AssemblyWork work;
  private final AssemblyMinutesKeeping minutes;

  AssemblyLifecycle(AssemblyWork work, AssemblyMinutesKeeping minutes) {
    this.work = work;
    this.minutes = minutes;
  }

  @Override
  public Meeting meeting(String organisation, String assembly) {
    OrganisationId org = OrganisationId.of(organisation);
    return work.meeting(org, work.stored(org, assembly));
  }

  @Override
  public Meeting addItem(AssemblyRef ref, ItemRequest item) {
    required(item, "item");
    return step(ref, item.requestedBy() == null ? "AgendaItemAdded" : "AgendaItemRequested",
        a -> AssemblyDrafting.add(a, item, "", work.now()));
  }

  @Override
  public Meeting convene(AssemblyRef ref, LocalDate convokedOn, LocalDate meetingOn) {
    required(convokedOn, "convokedOn");
    LocalDate on = meetingOn != null ? meetingOn
        : work.ports.assemblies().get(OrganisationId.of(ref.organisation()), AssemblyId.of(ref.assembly())).heldOn();
    return step(ref, "AssemblyConvened", a -> a.convene(convokedOn, on, work.now()));
  }

  @Override
  public Meeting open(AssemblyRef ref, LocalDate on, List<Presence> attendance) {
    List<Attendance> list = AssemblyCommands.attendance(required(attendance, "attendance"));
    return step(ref, "AssemblyOpened", a -> a.open(
        on == null ? a.meetingOn() == null ? LocalDate.MIN : a.meetingOn() : on, list, work.now()));
  }

  @Override
  public Meeting startVoting(AssemblyRef ref) {
    return step(ref, "VotingStarted", GeneralAssembly::startVoting);
  }

  @Override
  public Meeting vote(AssemblyRef ref, String resolution, Map<String, String> ballots, List<String> excluded) {
    Map<OwnerId, Ballot> cast = new LinkedHashMap<>();
    required(ballots, "ballots").forEach((owner, ballot) ->
        cast.put(OwnerId.of(owner), parse(Ballot.class, ballot, "ballots." + owner)));
    Set<OwnerId> out = new LinkedHashSet<>(ownerIds(excluded == null ? List.of() : excluded, "excluded"));
    return step(ref, "ResolutionVoted",
        a -> a.vote(ResolutionId.of(required(resolution, "resolution")), cast, out, work.now()));
  }

  @Override
  public Meeting close(AssemblyRef ref, String language) {
    String checked = AssemblyMinutesKeeping.language(language);
    OrganisationId organisation = OrganisationId.of(ref.organisation());
    return work.inTransaction(() -> {
      Stored<GeneralAssembly.Snapshot> closed = work.change(ref, "AssemblyClosed", a -> a.close(work.now()));
      Assembly assembly = work.ports.assemblies().get(organisation, AssemblyId.of(ref.assembly()));
      RecordedVotes votes = RecordedVotes.of(closed.aggregate(), checked);
      minutes.store(assembly, votes, work.calculate(votes.input(assembly)));
      work.sync(organisation, GeneralAssembly.restore(closed.aggregate()));
      return work.meeting(organisation, closed);
    });
  }

  @Override
  public Meeting publishMinutes(AssemblyRef ref, LocalDate publishedOn) {
    required(publishedOn, "publishedOn");
    return step(ref, "MinutesPublished", a -> a.publishMinutes(publishedOn, work.now()));
  }

  private Meeting step(AssemblyRef ref, String action,
      java.util.function.Function<GeneralAssembly, GeneralAssembly> change) {
    return work.meeting(OrganisationId.of(ref.organisation()), work.change(ref, action, change));
  }
}
