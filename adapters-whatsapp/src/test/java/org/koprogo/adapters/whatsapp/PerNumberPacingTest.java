/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Fail;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.InMemoryConsents;
import org.koprogo.ports.out.notification.InMemoryDeliveryJournal;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationKey;
import org.koprogo.ports.out.notification.Recipient;

/**
 * Issue 20 finding 17, pacing per number over real HTTP (a loopback server speaking the Cloud
 * API's wire format): a throughput limit (130429) on one organisation's sending number pauses that
 * number only, and the pair rate limit (131056) holds that recipient only; every other message
 * leaves in the same round, which waits for nothing.
 */
class PerNumberPacingTest {
  private static final OrganisationId A = WhatsAppFixtures.ACP;
  private static final OrganisationId B = OrganisationId.of("coop-cailles");

  private final FakeClock clock = new FakeClock(WhatsAppFixtures.TUESDAY_MORNING);
  private final RecordingOutbox outbox = new RecordingOutbox(clock);
  private final InMemoryConsents consents = new InMemoryConsents();
  private final DispatchPolicy policy = WhatsAppFixtures.Harness.testPolicy();
  private final FakeCloudApi api;
  private final WhatsAppNotifications notifications =
      new WhatsAppNotifications(outbox, consents, TemplateLanguages.allFour(), clock);
  private final WhatsAppDispatcher dispatcher;

  PerNumberPacingTest() throws IOException {
    api = new FakeCloudApi();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    SendingNumber numberA = new SendingNumber(new WhatsAppCloudApi(
        new WhatsAppConfig(api.baseUri(), "v23.0", "number-a", FakeCloudApi.TOKEN), http, Duration.ofSeconds(10)),
        new SendingPace(policy.messagesPerSecond(), clock, clock));
    SendingNumber numberB = new SendingNumber(new WhatsAppCloudApi(
        new WhatsAppConfig(api.baseUri(), "v23.0", "number-b", FakeCloudApi.TOKEN), http, Duration.ofSeconds(10)),
        new SendingPace(policy.messagesPerSecond(), clock, clock));
    dispatcher = new WhatsAppDispatcher(outbox, SendingNumbers.byOrganisation(Map.of(A, numberA, B, numberB)),
        new InMemoryDeliveryJournal(), consents, new WhatsAppFixtures.RecordedAlerts(), policy, clock, "worker-1");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private void queue(OrganisationId organisation, String person, String phone, String call) {
    Recipient recipient = WhatsAppFixtures.recipient(person, phone, Language.FRENCH);
    consents.record(ConsentRecord.optIn(recipient.person(), Channel.WHATSAPP, clock.now().minusSeconds(60), "form"));
    Notification base = WhatsAppFixtures.callForFunds(recipient, call);
    notifications.notify(new Notification(new NotificationKey(organisation, base.intent(), call, "issued",
        recipient.person()), recipient, base.values()));
    clock.advance(Duration.ofMillis(10)); // claims are oldest first: a deterministic order
  }

  private List<Outbox.Message> of(OrganisationId organisation) {
    return outbox.all().stream().filter(m -> m.organisation().equals(organisation)).toList();
  }

  @Test
  void aThroughputLimitPausesOnlyItsOwnNumber() throws InterruptedException {
    queue(A, "a1", "+32470000001", "call-a1");
    queue(A, "a2", "+32470000002", "call-a2");
    queue(A, "a3", "+32470000003", "call-a3");
    queue(B, "b1", "+32470000011", "call-b1");
    queue(B, "b2", "+32470000012", "call-b2");
    queue(B, "b3", "+32470000013", "call-b3");
    api.then(new Fail(429, 130429, "Rate limit hit", "Cloud API message throughput has been reached."));
    long started = System.nanoTime();

    WhatsAppDispatcher.Round round = dispatcher.dispatchOnce();

    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    assertThat(round.sent()).isEqualTo(3);
    assertThat(round.deferred()).isEqualTo(3);
    assertThat(api.paths()).filteredOn(p -> p.contains("/number-a/")).hasSize(1);
    assertThat(api.accepted()).extracting(FakeCloudApi.AcceptedMessage::to)
        .containsExactlyInAnyOrder("32470000011", "32470000012", "32470000013");
    assertThat(of(B)).extracting(Outbox.Message::status).containsOnly(Outbox.Status.SENT);
    assertThat(of(A)).extracting(Outbox.Message::status).containsOnly(Outbox.Status.PENDING);
    assertThat(of(A)).allSatisfy(m -> assertThat(m.availableAt()).isAfter(clock.now()));
    assertThat(of(A)).filteredOn(m -> m.lastError().contains("paused")).hasSize(2);
  }

  @Test
  void thePairRateLimitHoldsOnlyItsRecipientThenSendsThemOnce() throws InterruptedException {
    queue(A, "a1", "+32470000001", "call-1");
    queue(A, "a1", "+32470000001", "call-2");
    queue(A, "a2", "+32470000002", "call-3");
    api.then(new Fail(400, 131056, "(Business Account, Consumer Account) pair rate limit hit", "Too many messages"));

    WhatsAppDispatcher.Round first = dispatcher.dispatchOnce();
    clock.advance(Duration.ofHours(1));
    dispatcher.drain(5);

    assertThat(first.sent()).isEqualTo(1);
    assertThat(first.deferred()).isEqualTo(2);
    assertThat(api.accepted()).extracting(FakeCloudApi.AcceptedMessage::to)
        .containsExactly("32470000002", "32470000001", "32470000001");
    assertThat(api.acceptedByCallback().values()).containsOnly(1);
    assertThat(of(A)).extracting(Outbox.Message::status).containsOnly(Outbox.Status.SENT);
  }
}
