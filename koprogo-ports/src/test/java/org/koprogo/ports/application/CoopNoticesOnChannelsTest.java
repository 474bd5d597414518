/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.KeepNotificationChoices;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationPorts;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * Issue 20 finding 17: the cooperative's workflows queue the notices they promise on each
 * member's chosen channel, in the command's unit of work (a due is a call for funds), besides the
 * member's in-app inbox; a member reached by post gets nothing electronic.
 */
class CoopNoticesOnChannelsTest {
  private static final String ORG = ACME.value();
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final Recording whatsapp = new Recording(Channel.WHATSAPP, store.outbox());
  private final UseCases useCases = new UseCases(store.ports(), CommandValidation.with(UseCaseFixtures.VALIDATOR),
      NotificationPorts.inMemory().withChannel(whatsapp).withChannel(new InAppNotifications(store.outbox(),
          (intent, language, values) -> language.code() + ":" + intent, store.ports().clock())));
  private final CoopRef g1 = new CoopRef(ORG, "G1", null, Actor.of("treasurer-1", Role.COOP_MANAGER));

  CoopNoticesOnChannelsTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    for (String m : List.of("M1", "M2")) {
      int rank = m.equals("M1") ? 1 : 2;
      useCases.registerMember().register(new RegisterMember.Command(ORG, m, "Member " + m, m + "@coop.example",
          "+3247011100" + rank, "", rank, LocalDate.parse("2025-01-15"), "admin-1"));
    }
    useCases.manageCoopGroups().form(g1, "Les Cailles", "150.00", "EUR");
    for (String m : List.of("M1", "M2")) {
      useCases.manageCoopGroups().admit(g1, m, Role.COOP_MEMBER, Set.of());
      useCases.manageCoopGroups().changeMemberStatus(g1, m, MemberStatus.ACTIVE);
    }
    useCases.keepNotificationChoices().consent(new KeepNotificationChoices.Consent(
        new KeepNotificationChoices.Person(ORG, "MEMBER", "M1", "treasurer-1"), "WHATSAPP", "GRANTED", "form 7"));
  }

  private RecordContribution.Entry due(String member, String id) {
    return new RecordContribution.Entry(ORG, member, id, "100.00", "EUR", LocalDate.parse("2026-06-01"),
        "key-" + id, "ref " + id, "treasurer-1");
  }

  @Test
  void aDueIsACallForFundsOnTheMembersChannelOnce() {
    useCases.recordContribution().due(due("M1", "due-1"));
    useCases.recordContribution().due(due("M2", "due-2"));
    useCases.recordContribution().due(due("M1", "due-1"));

    assertThat(whatsapp.got).singleElement().satisfies(n -> {
      assertThat(n.intent()).isEqualTo(Intent.CALL_FOR_FUNDS);
      assertThat(n.recipient().person().value()).isEqualTo("M1");
      assertThat(n.recipient().phone().e164()).isEqualTo("+32470111001");
      assertThat(n.values()).containsEntry("amount", TemplateValue.amount(Money.parse("100.00", java.util.Currency.getInstance("EUR"))))
          .containsEntry("dueDate", TemplateValue.date(LocalDate.parse("2026-06-01")))
          .containsEntry("reference", TemplateValue.text("due-1"))
          .containsKey("organisation");
    });
    List<Outbox.Message> queued = store.outbox().claim("w", 100, Duration.ofMinutes(1));
    assertThat(queued).extracting(Outbox.Message::channel).containsOnly("in-app", "whatsapp");
    assertThat(queued).filteredOn(m -> m.channel().equals("whatsapp")).hasSize(1);
  }

  @Test
  void aMilestoneReachesEveryConsentingMemberOfTheGroup() {
    useCases.keepNotificationChoices().consent(new KeepNotificationChoices.Consent(
        new KeepNotificationChoices.Person(ORG, "MEMBER", "M2", "treasurer-1"), "WHATSAPP", "GRANTED", "form 8"));
    int before = whatsapp.got.size();

    useCases.runCoopProject().start(g1, "P1", "EUR");

    assertThat(whatsapp.got.subList(before, whatsapp.got.size())).extracting(n -> n.recipient().person().value())
        .containsExactlyInAnyOrder("M1", "M2");
    assertThat(whatsapp.got.get(before).intent()).isEqualTo(Intent.PROJECT_MILESTONE_REACHED);
  }

  @Test
  void aMemberWhoChoseInAppGetsTheCooperativesNoticeOnlyWithTheirLanguage() {
    KeepNotificationChoices.Person m2 = new KeepNotificationChoices.Person(ORG, "MEMBER", "M2", "treasurer-1");
    useCases.keepNotificationChoices().choose(new KeepNotificationChoices.Choose(m2, "IN_APP"));
    useCases.keepNotificationChoices().chooseLanguage(new KeepNotificationChoices.ChooseLanguage(m2, "de"));

    useCases.recordContribution().due(due("M2", "due-2"));

    List<Outbox.Message> toM2 = store.outbox().claim("w", 100, Duration.ofMinutes(1)).stream()
        .filter(m -> m.recipient().equals("M2")).toList();
    // the cooperative's own in-app notice, not a second one from the in-app channel
    assertThat(toM2).singleElement().satisfies(m -> {
      assertThat(m.channel()).isEqualTo("in-app");
      assertThat(m.payload()).contains("\"language\":\"de\"").doesNotContain("\"text\"");
    });
  }

  @Test
  void aFailedCommandQueuesNothing() {
    assertThatThrownBy(() -> useCases.recordContribution().due(due("M9", "due-9"))).isNotNull();

    assertThat(whatsapp.got).isEmpty();
  }

  /** A channel adapter that enqueues (as the real ones do) and remembers. */
  private static final class Recording implements Notifications {
    final List<Notification> got = new ArrayList<>();
    private final Channel channel;
    private final Outbox outbox;

    Recording(Channel channel, Outbox outbox) {
      this.channel = channel;
      this.outbox = outbox;
    }

    @Override
    public Channel channel() {
      return channel;
    }

    @Override
    public NotifyOutcome notify(Notification n) {
      Outbox.Enqueued e = outbox.enqueue(new Outbox.NewMessage(n.key().organisation(), n.key().outboxKey("wa"),
          "whatsapp", n.recipient().phone().e164(), "{}", java.time.Instant.EPOCH, null));
      if (!e.duplicate()) {
        got.add(n);
      }
      return e.duplicate() ? NotifyOutcome.ALREADY_ENQUEUED : NotifyOutcome.ENQUEUED;
    }
  }
}
