/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.notification.ChannelChoice.Reason;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.in.KeepNotificationChoices;
import org.koprogo.ports.in.KeepNotificationChoices.Choices;
import org.koprogo.ports.in.ListAuditTrail;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationPorts;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.TemplateValue;

class NotificationChoicesTest {
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final Queued whatsapp = new Queued(Channel.WHATSAPP, store.outbox());
  private final UseCases useCases = new UseCases(store.ports(), CommandValidation.with(UseCaseFixtures.VALIDATOR),
      NotificationPorts.inMemory().withChannel(whatsapp));
  private final KeepNotificationChoices choices = useCases.keepNotificationChoices();

  NotificationChoicesTest() {
    useCases.registerBuilding().register(UseCaseFixtures.threeLots());
  }

  private static KeepNotificationChoices.Person owner(String id) {
    return new KeepNotificationChoices.Person(UseCaseFixtures.ORG, "OWNER", id, "syndic-1");
  }

  private Choices consent(String person, String channel, String decision) {
    return choices.consent(new KeepNotificationChoices.Consent(owner(person), channel, decision, "form 2026-17 signed"));
  }

  @Test
  void aPersonWithoutChoiceOrConsentIsReachedByPost() {
    Choices read = choices.read(owner("O1"));

    assertThat(read.channel()).isNull();
    assertThat(read.consents()).isEmpty();
    assertThat(read.route()).isEqualTo("POST");
    assertThat(read.reason()).isEqualTo("NOTHING_CHOSEN");
  }

  @Test
  void consentOnWhatsAppRoutesThereAndIsAudited() {
    Choices after = consent("O1", "WHATSAPP", "GRANTED");

    assertThat(after.route()).isEqualTo("WHATSAPP");
    assertThat(after.reason()).isEqualTo("CONSENTED");
    assertThat(after.consents()).singleElement().satisfies(c -> {
      assertThat(c.channel()).isEqualTo("WHATSAPP");
      assertThat(c.decision()).isEqualTo("GRANTED");
      assertThat(c.proof()).isEqualTo("form 2026-17 signed");
    });
    assertThat(useCases.listAuditTrail().list(new ListAuditTrail.Query(UseCaseFixtures.ORG, "owner", "O1", 0, 10)))
        .extracting(ListAuditTrail.Entry::action).contains("NotificationConsentRecorded");
  }

  @Test
  void aChosenChannelNeedsItsConsentThenWithdrawalSendsToPaper() {
    Choices chosen = choices.choose(new KeepNotificationChoices.Choose(owner("O1"), "EMAIL"));
    assertThat(chosen.channel()).isEqualTo("EMAIL");
    assertThat(chosen.route()).isEqualTo("POST");
    assertThat(chosen.reason()).isEqualTo("NO_CONSENT");

    assertThat(consent("O1", "EMAIL", "GRANTED").route()).isEqualTo("EMAIL");
    store.clock();
    ((org.koprogo.ports.memory.ManualClock) store.clock()).advance(Duration.ofMinutes(1));
    Choices withdrawn = consent("O1", "EMAIL", "WITHDRAWN");

    assertThat(withdrawn.route()).isEqualTo("POST");
    assertThat(withdrawn.consents()).singleElement().extracting(KeepNotificationChoices.ConsentState::decision)
        .isEqualTo("WITHDRAWN");
  }

  @Test
  void aPersonWithoutAddressIsReachedByPost() {
    choices.choose(new KeepNotificationChoices.Choose(owner("O2"), "EMAIL"));

    Choices after = consent("O2", "EMAIL", "GRANTED");

    assertThat(after.route()).isEqualTo("POST");
    assertThat(after.reason()).isEqualTo("NO_ADDRESS");
  }

  @Test
  void refusesHostileInputNamingTheField() {
    assertField(() -> choices.choose(new KeepNotificationChoices.Choose(owner("O1"), "SMS")),
        ErrorCode.INVALID_FIELD, "channel");
    assertField(() -> consent("O1", "POST", "GRANTED"), ErrorCode.INVALID_FIELD, "channel");
    assertField(() -> consent("O1", "EMAIL", "MAYBE"), ErrorCode.INVALID_FIELD, "decision");
    assertField(() -> choices.consent(new KeepNotificationChoices.Consent(owner("O1"), "EMAIL", "GRANTED", " ")),
        ErrorCode.VALIDATION_FAILED, "proof");
    assertField(() -> choices.consent(new KeepNotificationChoices.Consent(owner("O1"), "EMAIL", "GRANTED",
        "p".repeat(501))), ErrorCode.VALIDATION_FAILED, "proof");
    assertField(() -> choices.consent(new KeepNotificationChoices.Consent(owner("O1"), "EMAIL", "GRANTED",
        "\u2003")), ErrorCode.VALIDATION_FAILED, "proof");
    assertField(() -> choices.read(new KeepNotificationChoices.Person(UseCaseFixtures.ORG, "TENANT", "O1", "x")),
        ErrorCode.VALIDATION_FAILED, "kind");
    assertRefused(() -> choices.read(owner("O9")), ErrorCode.NOT_FOUND);
    assertRefused(() -> choices.read(new KeepNotificationChoices.Person("org-other", "OWNER", "O1", "x")),
        ErrorCode.NOT_FOUND);
    assertThat(store.outbox().find(ACME, new org.koprogo.ports.out.OutboxMessageId("none"))).isEmpty();
  }

  @Test
  void anErasedPersonCannotConsentAgain() {
    consent("O1", "WHATSAPP", "GRANTED");
    useCases.erasePersonalData().erase(new ErasePersonalData.Command(UseCaseFixtures.ORG, "OWNER", "O1", "dpo"));

    assertRefused(() -> consent("O1", "WHATSAPP", "GRANTED"), ErrorCode.ILLEGAL_TRANSITION);
    assertThat(choices.read(owner("O1")).route()).isEqualTo("POST");
  }

  @Test
  void personNotificationsQueueOnTheRouteOncePerEvent() {
    consent("O1", "WHATSAPP", "GRANTED");
    PersonNotifications notifier = useCases.personNotifications();
    DataSubject anne = new DataSubject(ACME, DataSubject.Kind.OWNER, "O1");
    DataSubject bruno = new DataSubject(ACME, DataSubject.Kind.OWNER, "O2");
    Map<String, TemplateValue> values = Map.of("organisation", TemplateValue.text("ACP Tilleuls"));

    PersonNotifications.Routed first = store.transactions().inTransaction(
        () -> notifier.notify(anne, Intent.LOT_ASSIGNED, "lot:A1", "assigned", values));
    PersonNotifications.Routed again = store.transactions().inTransaction(
        () -> notifier.notify(anne, Intent.LOT_ASSIGNED, "lot:A1", "assigned", values));
    PersonNotifications.Routed post = notifier.notify(bruno, Intent.LOT_ASSIGNED, "lot:A1", "assigned", values);

    assertThat(first).isEqualTo(new PersonNotifications.Routed("O1", ContactChannel.WHATSAPP, Reason.CONSENTED,
        PersonNotifications.Status.QUEUED));
    assertThat(again.status()).isEqualTo(PersonNotifications.Status.ALREADY_QUEUED);
    assertThat(post.status()).isEqualTo(PersonNotifications.Status.BY_POST);
    assertThat(whatsapp.sent).hasSize(2);
    assertThat(whatsapp.sent.get(0).recipient().phone().e164()).isEqualTo("+32470000001");
  }

  @Test
  void aNoticeRollsBackWithItsUnitOfWork() {
    consent("O1", "WHATSAPP", "GRANTED");
    DataSubject anne = new DataSubject(ACME, DataSubject.Kind.OWNER, "O1");

    assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
      useCases.personNotifications().notify(anne, Intent.LOT_ASSIGNED, "lot:A1", "assigned",
          Map.of("organisation", TemplateValue.text("ACP")));
      throw new IllegalStateException("the workflow fails after queuing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.outbox().claim("w", 10, Duration.ofMinutes(1))).isEmpty();
  }

  @Test
  void aRouteWithoutAdapterIsReported() {
    consent("O1", "EMAIL", "GRANTED");
    choices.choose(new KeepNotificationChoices.Choose(owner("O1"), "EMAIL"));

    PersonNotifications.Routed routed = useCases.personNotifications().notify(
        new DataSubject(ACME, DataSubject.Kind.OWNER, "O1"), Intent.LOT_ASSIGNED, "lot:A1", "assigned", Map.of());

    assertThat(routed.channel()).isEqualTo(ContactChannel.EMAIL);
    assertThat(routed.status()).isEqualTo(PersonNotifications.Status.CHANNEL_NOT_CONFIGURED);
    assertThat(routed.queued()).isFalse();
  }

  private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code,
      String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(KoproGoException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(String.valueOf(e.details().get("field"))).endsWith(field);
    });
  }

  @Test
  void aWhatsAppNoticeGoesInThePersonsLanguageAndInTheConfiguredDefaultWhenItIsUnknown() {
    consent("O1", "WHATSAPP", "GRANTED");
    MemoryDatabase other = UseCaseFixtures.store();
    Queued germanByDefault = new Queued(Channel.WHATSAPP, other.outbox());
    UseCases german = new UseCases(other.ports(), CommandValidation.with(UseCaseFixtures.VALIDATOR),
        new NotificationPorts(org.koprogo.ports.out.notification.ConsentRegisters.inMemory(),
            new org.koprogo.ports.out.notification.InMemoryChannelPreferences(), java.util.Map.of(),
            org.koprogo.ports.out.notification.Language.GERMAN).withChannel(germanByDefault));
    german.registerBuilding().register(UseCaseFixtures.threeLots());
    german.keepNotificationChoices().consent(new KeepNotificationChoices.Consent(owner("O1"), "WHATSAPP", "GRANTED",
        "form"));

    notice(useCases, "before");
    choices.chooseLanguage(new KeepNotificationChoices.ChooseLanguage(owner("O1"), "fr"));
    notice(useCases, "after");
    notice(german, "unknown");

    assertThat(whatsapp.sent).extracting(n -> n.recipient().language())
        .containsExactly(org.koprogo.ports.out.notification.Language.DUTCH,
            org.koprogo.ports.out.notification.Language.FRENCH);
    assertThat(germanByDefault.sent).singleElement()
        .satisfies(n -> assertThat(n.recipient().language()).isEqualTo(org.koprogo.ports.out.notification.Language.GERMAN));
  }

  private static void notice(UseCases on, String event) {
    PersonNotifications.Routed routed = on.personNotifications().notify(
        new org.koprogo.ports.out.DataSubject(org.koprogo.ports.out.OrganisationId.of(UseCaseFixtures.ORG),
            org.koprogo.ports.out.DataSubject.Kind.OWNER, "O1"),
        org.koprogo.ports.out.notification.Intent.CALL_FOR_FUNDS, "call:1", event, java.util.Map.of());
    assertThat(routed.status()).isEqualTo(PersonNotifications.Status.QUEUED);
  }

  /** A channel adapter that enqueues in the outbox (as the real ones do) and remembers what it got. */
  private static final class Queued implements Notifications {
    final List<Notification> sent = new ArrayList<>();
    private final Channel channel;
    private final Outbox outbox;

    Queued(Channel channel, Outbox outbox) {
      this.channel = channel;
      this.outbox = outbox;
    }

    @Override
    public Channel channel() {
      return channel;
    }

    @Override
    public NotifyOutcome notify(Notification n) {
      sent.add(n);
      Outbox.Enqueued e = outbox.enqueue(new Outbox.NewMessage(n.key().organisation(), n.key().outboxKey("test"),
          channel.name().toLowerCase(java.util.Locale.ROOT), n.recipient().person().value(), "{}",
          java.time.Instant.EPOCH, null));
      return e.duplicate() ? NotifyOutcome.ALREADY_ENQUEUED : NotifyOutcome.ENQUEUED;
    }
  }
}
