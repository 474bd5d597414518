/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.anne;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.dueTomorrow;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.Recipient;

class WhatsAppNotificationsTest {
  private Harness harness;

  @BeforeEach
  void start() throws Exception {
    harness = Harness.standard();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void refusesWithoutAnOptIn() {
    NotifyOutcome outcome = harness.notifications.notify(callForFunds(anne(), "call-1"));

    assertThat(outcome).isEqualTo(NotifyOutcome.NO_CONSENT);
    assertThat(harness.outbox.all()).isEmpty();
  }

  @Test
  void enqueuesOneBusinessEventOnceHoweverOftenItIsNotified() {
    harness.optIn(anne());

    NotifyOutcome first = harness.notifications.notify(callForFunds(anne(), "call-1"));
    NotifyOutcome second = harness.notifications.notify(callForFunds(anne(), "call-1"));
    NotifyOutcome other = harness.notifications.notify(callForFunds(anne(), "call-2"));

    assertThat(first).isEqualTo(NotifyOutcome.ENQUEUED);
    assertThat(second).isEqualTo(NotifyOutcome.ALREADY_ENQUEUED);
    assertThat(other).isEqualTo(NotifyOutcome.ENQUEUED);
    assertThat(harness.outbox.all()).hasSize(2);
  }

  @Test
  void storesTheRenderedMessageUnderTheTemplatesKind() {
    harness.optIn(anne());

    harness.notifications.notify(callForFunds(anne(), "call-1"));

    Message message = harness.outbox.all().get(0);
    assertThat(message.channel()).isEqualTo("whatsapp");
    assertThat(message.recipient()).isEqualTo("+32470123456");
    assertThat(message.key()).isEqualTo(new Outbox.Key("whatsapp:koprogo_call_for_funds", "call-1", "issued@owner-anne"));
    WhatsAppPayload payload = WhatsAppPayload.fromJson(message.payload()).orElseThrow();
    assertThat(payload.to()).isEqualTo("32470123456");
    assertThat(payload.language()).isEqualTo("fr");
    assertThat(payload.parameters())
        .containsExactly("ACP Les Tilleuls", "1\u202F234,56\u00A0€", "15 mars 2026", "+++090/9337/55493+++");
  }

  @Test
  void writesInTheRecipientsLanguageOrTheOrganisationsFallback() throws Exception {
    Recipient jan = recipient("owner-jan", "+32471000001", Language.DUTCH);
    Recipient uwe = recipient("owner-uwe", "+32471000002", Language.GERMAN);
    harness.optIn(jan);
    harness.optIn(uwe);
    WhatsAppNotifications frenchAndDutchOnly = new WhatsAppNotifications(harness.outbox, harness.consents,
        new TemplateLanguages(EnumSet.of(Language.FRENCH, Language.DUTCH), Language.FRENCH), harness.clock);

    frenchAndDutchOnly.notify(callForFunds(jan, "call-1"));
    frenchAndDutchOnly.notify(callForFunds(uwe, "call-1"));

    assertThat(harness.outbox.all()).extracting(m -> WhatsAppPayload.fromJson(m.payload()).orElseThrow().language())
        .containsExactly("nl", "fr");
    assertThat(WhatsAppPayload.fromJson(harness.outbox.all().get(0).payload()).orElseThrow().parameters())
        .contains("€\u00A01.234,56", "15 maart 2026");
  }

  @Test
  void refusesAtOnceAfterAnOptOut() {
    harness.optIn(anne());
    harness.consents.record(ConsentRecord.optOut(anne().person(), Channel.WHATSAPP, harness.clock.now(), "replied STOP"));

    NotifyOutcome outcome = harness.notifications.notify(callForFunds(anne(), "call-1"));

    assertThat(outcome).isEqualTo(NotifyOutcome.NO_CONSENT);
  }

  @Test
  void letsAPaymentReminderExpireAtTheEndOfItsDueDate() {
    harness.optIn(anne());

    harness.notifications.notify(dueTomorrow(anne(), LocalDate.of(2026, 3, 11)));

    assertThat(harness.outbox.all().get(0).expiresAt()).isEqualTo(Instant.parse("2026-03-11T23:00:00Z"));
  }
}
