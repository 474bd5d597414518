/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.koprogo.ports.application.AssemblyCommands.ownerIds;
import static org.koprogo.ports.in.fields.ClientFields.parse;
import static org.koprogo.ports.in.fields.ClientFields.required;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.meeting.ConvocationMeans;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.meeting.MeetingPlace;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.Convened;
import org.koprogo.ports.in.assembly.Convocation;
import org.koprogo.ports.in.assembly.ItemRequest;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.RecordedVotes;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.TemplateValue;

/** {@link RunGeneralAssembly} on the out ports: one unit of work per step. */
final class AssemblyLifecycle implements RunGeneralAssembly {
  private final AssemblyWork work;
  private final AssemblyMinutesKeeping minutes;
  private final PersonNotifications notices;

  AssemblyLifecycle(AssemblyWork work, AssemblyMinutesKeeping minutes, PersonNotifications notices) {
    this.work = work;
    this.minutes = minutes;
    this.notices = java.util.Objects.requireNonNull(notices, "notices");
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
  public Convened convene(AssemblyRef ref, Convocation convocation) {
    required(convocation, "convocation");
    GeneralAssembly.requireSameDay(convocation.startsAt(), convocation.meetingOn());
    LocalDate convokedOn = required(convocation.convokedOn(), "convokedOn");
    java.time.LocalDateTime startsAt = required(convocation.startsAt(), "startsAt");
    MeetingPlace place = MeetingPlace.of(convocation.place());
    OrganisationId organisation = OrganisationId.of(ref.organisation());
    return work.inTransaction(() -> {
      Stored<GeneralAssembly.Snapshot> convened =
          work.change(ref, "AssemblyConvened", a -> a.convene(convokedOn, startsAt, place, work.now()));
      Meeting meeting = work.meeting(organisation, convened);
      GeneralAssembly assembly = meeting.assembly();
      DataSubject.Kind kind = meeting.building() == null ? DataSubject.Kind.MEMBER : DataSubject.Kind.OWNER;
      Map<String, TemplateValue> values = convocationValues(organisation, assembly);
      List<Convened.OwnerConvocation> owners = new ArrayList<>();
      for (Owner owner : assembly.owners()) {
        DataSubject person = new DataSubject(organisation, kind, owner.id().value());
        if (!known(person)) {
          // a member of an organisation's voting body who is not in its register: nobody to reach but by post
          owners.add(new Convened.OwnerConvocation(owner.id().value(), ConvocationMeans.REGISTERED_LETTER,
              org.koprogo.domain.notification.ContactChannel.POST,
              org.koprogo.domain.notification.ChannelChoice.Reason.NOTHING_CHOSEN, false));
          continue;
        }
        PersonNotifications.Routed routed = notices.notify(person, Intent.ASSEMBLY_CONVOCATION,
            CONVOCATION_ENTITY + ref.assembly(), CONVENED_EVENT, values);
        owners.add(new Convened.OwnerConvocation(owner.id().value(),
            ConvocationMeans.of(routed.channel(), routed.queued()), routed.channel(), routed.reason(), routed.queued()));
      }
      auditConvocations(organisation, ref, owners);
      return new Convened(meeting, owners);
    });
  }

  /** Whether the person is in the organisation's register of owners or members. */
  private boolean known(DataSubject person) {
    return person.kind() == DataSubject.Kind.OWNER
        ? work.ports.owners().find(person.organisation(), org.koprogo.domain.building.OwnerId.of(person.id())).isPresent()
        : work.ports.members().find(person.organisation(), org.koprogo.ports.out.MemberId.of(person.id())).isPresent();
  }

  /** The entity of a convocation notice: {@code assembly:<id>} (the email channel attaches its PDF). */
  static final String CONVOCATION_ENTITY = "assembly:";

  /** The logical event of a convocation notice. */
  static final String CONVENED_EVENT = "convened";

  private Map<String, TemplateValue> convocationValues(OrganisationId organisation, GeneralAssembly assembly) {
    String name = work.ports.organisations().find(organisation).map(o -> o.name()).filter(n -> !n.isBlank())
        .orElse(organisation.value());
    Map<String, TemplateValue> values = new LinkedHashMap<>();
    values.put("organisation", TemplateValue.text(name));
    values.put("assemblyDate", TemplateValue.date(assembly.meetingOn()));
    values.put("time", TemplateValue.text(assembly.startsAt().format(DateTimeFormatter.ofPattern("HH:mm"))));
    values.put("place", TemplateValue.text(assembly.place().text()));
    return values;
  }

  /** One audit entry: how each owner is convened (ids and means only, no personal data). */
  private void auditConvocations(OrganisationId organisation, AssemblyRef ref, List<Convened.OwnerConvocation> owners) {
    Map<String, String> details = new LinkedHashMap<>();
    long byPost = owners.stream().filter(o -> o.means().byPost()).count();
    details.put("byPost", String.valueOf(byPost));
    details.put("byAgreedEmail", String.valueOf(owners.size() - byPost));
    for (int i = 0; i < owners.size(); i++) {
      Convened.OwnerConvocation o = owners.get(i);
      details.put("owner[" + i + "]", o.owner() + " " + o.means().name() + " " + o.channel().name() + " "
          + o.reason().name() + (o.queued() ? " queued" : ""));
    }
    work.ports.auditTrail().append(organisation, new AuditEvent(work.now(), ref.actor(), "ConvocationsQueued",
        AssemblyWork.SUBJECT, ref.assembly(), details));
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
