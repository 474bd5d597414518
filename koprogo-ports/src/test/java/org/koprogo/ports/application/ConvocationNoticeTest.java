/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.meeting.AssemblyState;
import org.koprogo.domain.assembly.meeting.ConvocationMeans;
import org.koprogo.domain.notification.ChannelChoice;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.KeepNotificationChoices;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.Convened;
import org.koprogo.ports.in.assembly.Convocation;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.ItemRequest;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationPorts;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * Convening an assembly with its time and place queues one {@code ASSEMBLY_CONVOCATION} notice per
 * owner on the owner's chosen channel, in the convening's unit of work, and says whom the syndic
 * must convene by registered letter (Civil Code art. 3.87 §3).
 */
class ConvocationNoticeTest {
  private static final String ORG = UseCaseFixtures.ORG;
  private static final LocalDate CONVOKED = LocalDate.of(2026, 9, 1);
  private static final LocalDateTime STARTS = LocalDateTime.of(2026, 9, 17, 19, 30);
  private static final String PLACE = "Salle communale, Rue des Tilleuls 14";

  private final MemoryDatabase store = UseCaseFixtures.store();
  private final Recording email = new Recording(store.outbox(), Channel.EMAIL);
  private final Recording whatsapp = new Recording(store.outbox(), Channel.WHATSAPP);
  private final UseCases useCases = new UseCases(store.ports(), CommandValidation.with(UseCaseFixtures.VALIDATOR),
      NotificationPorts.inMemory().withChannel(email).withChannel(whatsapp));
  private final RunGeneralAssembly meetings = useCases.runGeneralAssembly();

  /** o-mail chose email and consented; o-wa consented on WhatsApp; o-paper chose post; o-none did nothing. */
  ConvocationNoticeTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    useCases.registerBuilding().register(new RegisterBuilding.Command(ORG, "B1", "Les Tilleuls", "Rue 1",
        new BigDecimal("1000"), "EUR",
        List.of(lot("A1", "400", "o-mail"), lot("A2", "300", "o-wa"), lot("A3", "200", "o-paper"),
            lot("A4", "100", "o-none")),
        List.of(owner("o-mail"), owner("o-wa"), owner("o-paper"), owner("o-none")), "admin-1"));
    KeepNotificationChoices choices = useCases.keepNotificationChoices();
    choices.consent(new KeepNotificationChoices.Consent(person("o-mail"), "EMAIL", "GRANTED", "signed form 12"));
    choices.choose(new KeepNotificationChoices.Choose(person("o-mail"), "EMAIL"));
    choices.consent(new KeepNotificationChoices.Consent(person("o-wa"), "WHATSAPP", "GRANTED", "signed form 13"));
    choices.choose(new KeepNotificationChoices.Choose(person("o-paper"), "POST"));
    useCases.draftGeneralAssembly().forBuilding("B1", new DraftGeneralAssembly.Draft(ORG, "syndic-1", "ga-1", null,
        STARTS.toLocalDate(), "syndic-1", null, List.of(ItemRequest.stated("accounts", "Accounts 2025", "ABSOLUTE")),
        null));
  }

  private static RegisterBuilding.LotLine lot(String id, String shares, String owner) {
    return new RegisterBuilding.LotLine(id, "Flat " + id, new BigDecimal(shares),
        List.of(new RegisterBuilding.OwnershipLine(owner, "1")));
  }

  private static RegisterBuilding.OwnerLine owner(String id) {
    return new RegisterBuilding.OwnerLine(id, "Owner " + id, id + "@example.org", "+3247000000" + id.length(), "");
  }

  private static KeepNotificationChoices.Person person(String id) {
    return new KeepNotificationChoices.Person(ORG, "OWNER", id, "syndic-1");
  }

  private static AssemblyRef ref() {
    return new AssemblyRef(ORG, "ga-1", null, "syndic-1");
  }

  private List<AuditEvent> trail() {
    return store.ports().auditTrail().list(ACME, new AuditTrail.Query("assembly", "ga-1", 0, 100)).stream()
        .map(AuditTrail.AuditEntry::event).toList();
  }

  private int queued() {
    return store.outbox().claim("test", 100, Duration.ofMinutes(1)).size();
  }

  @Test
  void queuesOneNoticePerOwnerOnTheirChannelAndListsWhomToConveneByPost() {
    Convened convened = meetings.convene(ref(), new Convocation(CONVOKED, STARTS, " " + PLACE + " "));

    assertThat(convened.meeting().state().state()).isEqualTo(AssemblyState.CONVENED);
    assertThat(convened.meeting().assembly().place().text()).isEqualTo(PLACE);
    assertThat(convened.meeting().assembly().startsAt()).isEqualTo(STARTS.toLocalTime());
    assertThat(convened.owners()).extracting(o -> o.owner() + " " + o.means() + " " + o.channel() + " " + o.reason())
        .containsExactly(
            "o-mail AGREED_EMAIL EMAIL CHOSEN",
            "o-wa REGISTERED_LETTER WHATSAPP CONSENTED",
            "o-paper REGISTERED_LETTER POST CHOSEN",
            "o-none REGISTERED_LETTER POST NOTHING_CHOSEN");
    assertThat(convened.byPost()).extracting(Convened.OwnerConvocation::owner)
        .containsExactly("o-wa", "o-paper", "o-none");
    assertThat(email.got).singleElement().satisfies(n -> {
      assertThat(n.intent()).isEqualTo(Intent.ASSEMBLY_CONVOCATION);
      assertThat(n.key().entity()).isEqualTo("assembly:ga-1");
      assertThat(n.recipient().person().value()).isEqualTo("o-mail");
      assertThat(n.values())
          .containsEntry("assemblyDate", TemplateValue.date(STARTS.toLocalDate()))
          .containsEntry("time", TemplateValue.text("19:30"))
          .containsEntry("place", TemplateValue.text(PLACE))
          .containsKey("organisation");
    });
    assertThat(whatsapp.got).singleElement()
        .satisfies(n -> assertThat(n.recipient().person().value()).isEqualTo("o-wa"));
    assertThat(queued()).isEqualTo(2);
  }

  @Test
  void auditsTheConveningAndHowEachOwnerIsConvened() {
    meetings.convene(ref(), new Convocation(CONVOKED, STARTS, PLACE));

    List<AuditEvent> trail = trail();
    AuditEvent last = trail.get(trail.size() - 1);
    assertThat(trail.get(trail.size() - 2).action()).isEqualTo("AssemblyConvened");
    assertThat(last.action()).isEqualTo("ConvocationsQueued");
    assertThat(last.subjectId()).isEqualTo("ga-1");
    assertThat(last.details()).containsEntry("byPost", "3").containsEntry("byAgreedEmail", "1")
        .containsEntry("owner[0]", "o-mail AGREED_EMAIL EMAIL CHOSEN queued")
        .containsEntry("owner[3]", "o-none REGISTERED_LETTER POST NOTHING_CHOSEN");
  }

  @Test
  void convokesNobodyTwice() {
    meetings.convene(ref(), new Convocation(CONVOKED, STARTS, PLACE));

    assertThatThrownBy(() -> meetings.convene(ref(), new Convocation(CONVOKED, STARTS, PLACE)))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION));
    assertThat(email.got).hasSize(1);
    assertThat(queued()).isEqualTo(2);
  }

  @Test
  void aConvocationStatingItsDayBesideTheStartConvenesOnThatDay() {
    Convened convened = meetings.convene(ref(), new Convocation(CONVOKED, STARTS, PLACE, STARTS.toLocalDate()));

    assertThat(convened.meeting().state().state()).isEqualTo(AssemblyState.CONVENED);
    assertThat(convened.meeting().assembly().meetingOn()).isEqualTo(STARTS.toLocalDate());
  }

  @Test
  void aRefusedConvocationNamesItsFieldAndQueuesNothing() {
    refused(() -> meetings.convene(ref(), null), ErrorCode.MISSING_FIELD, "convocation");
    refused(() -> meetings.convene(ref(), new Convocation(null, STARTS, PLACE)), ErrorCode.MISSING_FIELD, "convokedOn");
    refused(() -> meetings.convene(ref(), new Convocation(CONVOKED, null, PLACE)), ErrorCode.MISSING_FIELD, "startsAt");
    refused(() -> meetings.convene(ref(), new Convocation(CONVOKED, STARTS, " ")), ErrorCode.MISSING_FIELD, "place");
    refused(() -> meetings.convene(ref(), new Convocation(CONVOKED, STARTS, "x".repeat(201))),
        ErrorCode.INVALID_FIELD, "place");
    refused(() -> meetings.convene(ref(), new Convocation(CONVOKED, STARTS, "Salle\r\nB")), ErrorCode.INVALID_FIELD,
        "place");
    refused(() -> meetings.convene(ref(), new Convocation(CONVOKED, STARTS.withSecond(1), PLACE)),
        ErrorCode.INVALID_FIELD, "startsAt");
    refused(() -> meetings.convene(ref(), new Convocation(CONVOKED, STARTS.minusDays(2), PLACE)),
        ErrorCode.ILLEGAL_TRANSITION, "meetingOn");
    refused(() -> meetings.convene(ref(), new Convocation(CONVOKED, STARTS, PLACE, STARTS.toLocalDate().plusDays(1))),
        ErrorCode.INVALID_FIELD, "meetingOn");

    assertThat(meetings.meeting(ORG, "ga-1").state().state()).isEqualTo(AssemblyState.DRAFT);
    assertThat(email.got).isEmpty();
    assertThat(queued()).isZero();
  }

  @Test
  void aNoticeThatFailsLeavesTheAssemblyADraftAndNothingQueued() {
    whatsapp.failing = true;

    assertThatThrownBy(() -> meetings.convene(ref(), new Convocation(CONVOKED, STARTS, PLACE)))
        .isInstanceOf(IllegalStateException.class);

    assertThat(meetings.meeting(ORG, "ga-1").state().state()).isEqualTo(AssemblyState.DRAFT);
    assertThat(meetings.meeting(ORG, "ga-1").version()).isEqualTo(1);
    // the email was enqueued before the WhatsApp notice failed: the unit of work took it back
    assertThat(queued()).isZero();
    assertThat(trail()).extracting(AuditEvent::action)
        .doesNotContain("AssemblyConvened", "ConvocationsQueued");
  }

  @Test
  void theOldConveningRecordsNoTimeNorPlaceAndQueuesNothing() {
    meetings.convene(ref(), CONVOKED, STARTS.toLocalDate());

    assertThat(meetings.meeting(ORG, "ga-1").assembly().place()).isNull();
    assertThat(queued()).isZero();
  }

  @Test
  void convenesTheMembersOfAnOrganisationsAssemblyAndListsAMemberOutsideTheRegisterForThePost() {
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
    KeepNotificationChoices.Person m1 = new KeepNotificationChoices.Person(ORG, "MEMBER", "M1", "admin-1");
    useCases.keepNotificationChoices().consent(new KeepNotificationChoices.Consent(m1, "EMAIL", "GRANTED", "form 1"));
    useCases.keepNotificationChoices().choose(new KeepNotificationChoices.Choose(m1, "EMAIL"));
    useCases.draftGeneralAssembly().forOrganisation(new DraftGeneralAssembly.Draft(ORG, "admin-1", "agm", "ONE_MEMBER_ONE_VOTE",
        STARTS.toLocalDate(), null, List.of("M1", "M-unknown"), List.of(ItemRequest.stated("budget", "Budget", "ABSOLUTE")),
        null));

    Convened convened = meetings.convene(new AssemblyRef(ORG, "agm", null, "admin-1"),
        new Convocation(CONVOKED, STARTS, PLACE));

    assertThat(convened.owners()).extracting(o -> o.owner() + " " + o.means() + " " + o.channel())
        .containsExactly("M1 AGREED_EMAIL EMAIL", "M-unknown REGISTERED_LETTER POST");
    assertThat(email.got).singleElement()
        .satisfies(n -> assertThat(n.key().entity()).isEqualTo("assembly:agm"));
  }

  @Test
  void theMeansFollowTheRouteAndWhetherTheNoticeWasQueued() {
    assertThat(new Convened.OwnerConvocation("o", ConvocationMeans.of(ContactChannel.EMAIL, false),
        ContactChannel.EMAIL, ChannelChoice.Reason.CHOSEN, false).means().byPost()).isTrue();
  }

  private static void refused(Runnable call, ErrorCode code, String field) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(KoproGoException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.details().get("field")).isEqualTo(field);
    });
  }

  /** A channel adapter that enqueues (as the real ones do), remembers, and can fail. */
  private static final class Recording implements Notifications {
    final List<Notification> got = new ArrayList<>();
    private final Outbox outbox;
    private final Channel channel;
    boolean failing;

    Recording(Outbox outbox, Channel channel) {
      this.outbox = outbox;
      this.channel = channel;
    }

    @Override
    public Channel channel() {
      return channel;
    }

    @Override
    public NotifyOutcome notify(Notification n) {
      if (failing) {
        throw new IllegalStateException("the " + channel + " adapter failed");
      }
      Outbox.Enqueued e = outbox.enqueue(new Outbox.NewMessage(n.key().organisation(),
          n.key().outboxKey(channel.name().toLowerCase(java.util.Locale.ROOT)), channel.name().toLowerCase(java.util.Locale.ROOT),
          n.recipient().person().value(), "{}", java.time.Instant.EPOCH, null));
      if (!e.duplicate()) {
        got.add(n);
      }
      return e.duplicate() ? NotifyOutcome.ALREADY_ENQUEUED : NotifyOutcome.ENQUEUED;
    }
  }
}
