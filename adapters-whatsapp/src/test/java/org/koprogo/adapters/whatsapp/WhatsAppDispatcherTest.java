/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.anne;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.recipient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.FakeCloudApi.AcceptThenDrop;
import org.koprogo.adapters.whatsapp.FakeCloudApi.DropBeforeAccepting;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Fail;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Slow;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.Outbox.Status;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationKey;
import org.koprogo.ports.out.notification.Recipient;
import org.koprogo.ports.out.notification.TemplateValue;

class WhatsAppDispatcherTest {
  private Harness harness;

  @BeforeEach
  void start() throws Exception {
    harness = Harness.standard();
    harness.optIn(anne());
    harness.notifications.notify(callForFunds(anne(), "call-1"));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void sendsAndMarksTheMessageSentWithItsWamid() throws Exception {
    harness.dispatcher.dispatchOnce();

    Message message = only();
    assertThat(message.status()).isEqualTo(Status.SENT);
    assertThat(message.externalId()).isEqualTo(harness.api.accepted().get(0).wamid());
    assertThat(harness.api.accepted().get(0).callbackData()).isEqualTo(message.id().value());
    assertThat(harness.api.accepted().get(0).template()).isEqualTo("koprogo_call_for_funds");
  }

  @Test
  void recordsADeliveryWhoseWebhookCameBeforeTheAnswer() throws Exception {
    harness.api.onAccept(accepted -> harness.post(FakeCloudApi.statusWebhook(List.of(
        new FakeCloudApi.StatusEvent(accepted.wamid(), "sent", 1, accepted.to(), accepted.callbackData()),
        new FakeCloudApi.StatusEvent(accepted.wamid(), "delivered", 2, accepted.to(), accepted.callbackData())))));

    harness.dispatcher.dispatchOnce();

    assertThat(only().status()).isEqualTo(Status.SENT);
    assertThat(only().delivery()).isEqualTo(Outbox.DeliveryStatus.DELIVERED);
  }

  @Test
  void deadLettersAnUndeliverableMessageWithTheReason() throws Exception {
    harness.api.then(new Fail(400, 131026, "Message undeliverable", "Unable to deliver message"));

    harness.dispatcher.dispatchOnce();

    assertThat(only().status()).isEqualTo(Status.DEAD);
    assertThat(only().lastError()).contains("131026", "Unable to deliver message");
  }

  @Test
  void deadLettersTemplateErrors() throws Exception {
    harness.notifications.notify(callForFunds(anne(), "call-2"));
    harness.api.then(
        new Fail(400, 132000, "Number of parameters does not match", "body: expected 4, received 3"),
        new Fail(404, 132001, "Template name does not exist in the translation", "does not exist in fr"));

    harness.dispatcher.dispatchOnce();

    assertThat(harness.outbox.all()).extracting(Message::status).containsOnly(Status.DEAD);
    assertThat(harness.outbox.all()).extracting(Message::lastError)
        .anySatisfy(e -> assertThat(e).contains("132000"))
        .anySatisfy(e -> assertThat(e).contains("132001"));
  }

  @Test
  void retriesAThroughputLimitLaterAndPausesTheNumber() throws Exception {
    harness.api.then(new Fail(429, 130429, "Rate limit hit", "Cloud API message throughput has been reached."));
    Instant before = harness.clock.now();

    harness.dispatcher.dispatchOnce();

    assertThat(only().status()).isEqualTo(Status.PENDING);
    assertThat(only().availableAt()).isAfter(before.plusSeconds(59));
    assertThat(only().lastError()).contains("130429");
    harness.clock.advance(Duration.ofMinutes(2));
    harness.dispatcher.dispatchOnce();
    assertThat(only().status()).isEqualTo(Status.SENT);
  }

  @Test
  void retriesAPairRateLimitForThatRecipientLater() throws Exception {
    harness.api.then(new Fail(400, 131056, "(Business Account, Consumer Account) pair rate limit hit", "too many"));

    harness.dispatcher.dispatchOnce();

    assertThat(only().status()).isEqualTo(Status.PENDING);
    assertThat(only().lastError()).contains("131056");
  }

  @Test
  void holdsOnlyThatRecipientAfterAPairRateLimit() throws Exception {
    Recipient jan = recipient("owner-jan", "+32471000001", Language.DUTCH);
    harness.optIn(jan);
    harness.notifications.notify(callForFunds(anne(), "call-2"));
    harness.notifications.notify(callForFunds(jan, "call-1"));
    harness.api.then(new Fail(400, 131056, "(Business Account, Consumer Account) pair rate limit hit", "too many"));

    harness.dispatcher.dispatchOnce();

    assertThat(harness.api.requests()).extracting(r -> r.path("to").asText())
        .containsExactly("32470123456", "32471000001");
    assertThat(harness.outbox.all()).extracting(Message::status)
        .containsExactly(Status.PENDING, Status.PENDING, Status.SENT);
    assertThat(harness.outbox.all().get(1).lastError()).contains("held until");
  }

  @Test
  void stopsSendingAndRaisesAnAlertOnAnExpiredToken() throws Exception {
    harness.notifications.notify(callForFunds(anne(), "call-2"));
    harness.api.then(new Fail(401, 190, "Error validating access token: Session has expired", "expired"));

    WhatsAppDispatcher.Round round = harness.dispatcher.dispatchOnce();
    harness.clock.advance(harness.policy.retryBase());
    WhatsAppDispatcher.Round next = harness.dispatcher.dispatchOnce();

    assertThat(round.suspended()).isTrue();
    assertThat(next.suspended()).isTrue();
    assertThat(next.sent()).isZero();
    assertThat(harness.alerts.raised).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo(190));
    assertThat(harness.api.requests()).hasSize(1);
    assertThat(harness.outbox.all()).extracting(Message::status).containsOnly(Status.PENDING);
    assertThat(harness.outbox.all()).extracting(Message::lastError).allSatisfy(e -> assertThat(e).contains("190"));
    harness.number.resume();
    harness.clock.advance(harness.policy.retryBase());
    harness.dispatcher.dispatchOnce();
    assertThat(harness.outbox.all()).extracting(Message::status).containsOnly(Status.SENT);
  }

  @Test
  void treatsAuthExceptionCodeZeroLikeAnExpiredToken() throws Exception {
    harness.api.then(new Fail(401, 0, "AuthException", "We were unable to authenticate the app user."));

    harness.dispatcher.dispatchOnce();

    assertThat(harness.number.suspension()).isPresent();
    assertThat(only().status()).isEqualTo(Status.PENDING);
  }

  @Test
  void sendsEachOrganisationsMessagesFromItsOwnNumberAndSuspendsOnlyTheNumberRefused() throws Exception {
    OrganisationId coop = OrganisationId.of("coop-linden");
    try (FakeCloudApi coopApi = new FakeCloudApi()) {
      SendingNumber coopNumber = new SendingNumber(
          new WhatsAppCloudApi(coopApi.config(), java.net.http.HttpClient.newHttpClient(), Duration.ofSeconds(2)),
          new SendingPace(10, harness.clock, harness.clock));
      WhatsAppDispatcher dispatcher = new WhatsAppDispatcher(harness.outbox,
          SendingNumbers.byOrganisation(Map.of(WhatsAppFixtures.ACP, harness.number, coop, coopNumber)),
          harness.journal, harness.consents, harness.alerts, harness.policy, harness.clock, "multi");
      Recipient jan = recipient("member-jan", "+32471000001", Language.DUTCH);
      harness.optIn(jan);
      harness.notifications.notify(new Notification(
          new NotificationKey(coop, Intent.LOT_ALLOCATION_VALIDATED, "lot-B2", "validated", jan.person()), jan,
          Map.of("organisation", TemplateValue.text("Coop Linden"), "lot", TemplateValue.text("B2"))));
      harness.notifications.notify(new Notification(
          new NotificationKey(OrganisationId.of("acp-without-number"), Intent.LOT_ASSIGNED, "lot-C1", "assigned",
              anne().person()), anne(),
          Map.of("organisation", TemplateValue.text("ACP"), "lot", TemplateValue.text("C1"),
              "from", TemplateValue.date(java.time.LocalDate.of(2026, 4, 1)))));
      harness.api.then(new Fail(401, 190, "Error validating access token", "expired"));

      dispatcher.dispatchOnce();

      assertThat(harness.number.suspension()).isPresent();
      assertThat(coopNumber.suspension()).isEmpty();
      assertThat(coopApi.accepted()).singleElement().satisfies(m -> assertThat(m.template()).isEqualTo("koprogo_lot_allocation_validated"));
      assertThat(harness.outbox.all()).extracting(Message::status).containsExactly(Status.PENDING, Status.SENT, Status.DEAD);
      assertThat(harness.outbox.all().get(2).lastError()).contains("no WhatsApp number", "acp-without-number");
    }
  }

  @Test
  void retriesServerErrorsWithGrowingDelaysThenDeadLettersWithTheLastReason() throws Exception {
    harness.api.otherwise(request -> new Fail(500, 131000, "Something went wrong", "Unknown error"));
    Instant previous = harness.clock.now();
    Duration lastGap = Duration.ZERO;

    for (int i = 0; i < harness.policy.maxAttempts() - 1; i++) {
      harness.dispatcher.dispatchOnce();
      Duration gap = Duration.between(previous, only().availableAt());
      assertThat(gap).isGreaterThanOrEqualTo(lastGap);
      lastGap = gap;
      previous = only().availableAt();
      harness.clock.advance(Duration.between(harness.clock.now(), only().availableAt()));
    }
    harness.dispatcher.dispatchOnce();

    assertThat(only().status()).isEqualTo(Status.DEAD);
    assertThat(only().lastError()).contains("131000", "gave up after " + harness.policy.maxAttempts());
    assertThat(harness.api.requests()).hasSize(harness.policy.maxAttempts());
  }

  @Test
  void waitsForTheStatusWebhookAfterATimeoutInsteadOfSendingAgain() throws Exception {
    harness.api.then(new Slow(1_500));

    harness.impatientDispatcher(Duration.ofMillis(300)).dispatchOnce();
    Message waiting = only();
    harness.deliverWebhooks(new Random(1));
    harness.clock.advance(harness.policy.statusWait());
    harness.dispatcher.dispatchOnce();

    assertThat(waiting.status()).isEqualTo(Status.PENDING);
    assertThat(waiting.lastError()).contains("outcome unknown");
    assertThat(harness.api.requests()).hasSize(1);
    assertThat(only().status()).isEqualTo(Status.SENT);
    assertThat(only().externalId()).isEqualTo(harness.api.accepted().get(0).wamid());
    assertThat(only().delivery()).isEqualTo(Outbox.DeliveryStatus.DELIVERED);
  }

  @Test
  void doesNotResendBeforeTheStatusWaitHasPassed() throws Exception {
    harness.api.then(new AcceptThenDrop());

    harness.dispatcher.dispatchOnce();
    harness.clock.advance(harness.policy.statusWait().dividedBy(2));
    harness.dispatcher.dispatchOnce();

    assertThat(harness.api.requests()).hasSize(1);
    assertThat(only().status()).isEqualTo(Status.PENDING);
  }

  @Test
  void givesUpWithAReasonWhenNoWebhookCameInsteadOfSendingAgain() throws Exception {
    harness.api.then(new DropBeforeAccepting(), new DropBeforeAccepting());

    harness.dispatcher.dispatchOnce();
    harness.clock.advance(harness.policy.statusWait());
    harness.dispatcher.dispatchOnce();
    harness.clock.advance(harness.policy.statusWait());
    harness.dispatcher.dispatchOnce();

    assertThat(harness.policy.maxResendsAfterUnknown()).isZero();
    assertThat(harness.api.requests()).hasSize(1);
    assertThat(only().status()).isEqualTo(Status.DEAD);
    assertThat(only().lastError()).contains("outcome unknown", "not sent again");
  }

  @Test
  void sendsNothingToSomeoneWhoOptedOutAfterTheMessageWasQueued() throws Exception {
    harness.consents.record(ConsentRecord.optOut(anne().person(), Channel.WHATSAPP, harness.clock.now(), "replied STOP"));

    harness.dispatcher.dispatchOnce();

    assertThat(harness.api.requests()).isEmpty();
    assertThat(only().status()).isEqualTo(Status.DEAD);
    assertThat(only().lastError()).contains("no consent");
  }

  @Test
  void defersNightSendsToTheEndOfTheQuietHours() throws Exception {
    FakeClock clock = harness.clock;
    clock.advance(Duration.between(clock.now(), Instant.parse("2026-03-10T22:30:00Z")));
    WhatsAppDispatcher nightly = new WhatsAppDispatcher(harness.outbox, SendingNumbers.single(harness.number),
        harness.journal, harness.consents, harness.alerts,
        Harness.testPolicy().withQuietHours(QuietHours.brusselsNights()), clock, "night-worker");

    nightly.dispatchOnce();

    assertThat(harness.api.requests()).isEmpty();
    assertThat(only().status()).isEqualTo(Status.PENDING);
    assertThat(only().availableAt()).isEqualTo(Instant.parse("2026-03-11T07:00:00Z"));
  }

  @Test
  void keepsTheNumberUnderItsCeiling() throws Exception {
    for (int i = 0; i < 9; i++) {
      Recipient owner = recipient("owner-" + i, "+3247100000" + i, Language.DUTCH);
      harness.optIn(owner);
      harness.notifications.notify(callForFunds(owner, "call-1"));
    }
    Instant start = harness.clock.now();

    harness.dispatcher.dispatchOnce();

    assertThat(harness.api.accepted()).hasSize(10);
    assertThat(Duration.between(start, harness.clock.now()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(9 * 1000 / harness.policy.messagesPerSecond()));
  }

  @Test
  void neverSendsAReminderAfterItsDueDate() throws Exception {
    harness.notifications.notify(WhatsAppFixtures.dueTomorrow(anne(), java.time.LocalDate.of(2026, 3, 11)));
    harness.api.then(new Fail(503, 131016, "Service unavailable", "down"), new Fail(503, 131016, "Service unavailable", "down"));
    harness.dispatcher.dispatchOnce();

    harness.clock.advance(Duration.ofDays(2));
    harness.dispatcher.dispatchOnce();

    assertThat(harness.outbox.all()).filteredOn(m -> m.key().kind().equals("whatsapp:koprogo_due_in_1_day"))
        .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(Status.EXPIRED));
    assertThat(harness.api.accepted()).extracting(FakeCloudApi.AcceptedMessage::template)
        .containsExactly("koprogo_call_for_funds");
  }

  @Test
  void deadLettersAPayloadItCannotSendInsteadOfBlockingTheQueue() throws Exception {
    enqueueRaw("erased", "{}");
    enqueueRaw("bad-number", "{\"v\":1,\"person\":\"owner-anne\",\"to\":\"not-a-number\","
        + "\"template\":\"koprogo_call_for_funds\",\"language\":\"fr\",\"parameters\":[]}");

    harness.dispatcher.dispatchOnce();

    assertThat(harness.outbox.all()).extracting(Message::status).containsExactly(Status.SENT, Status.DEAD, Status.DEAD);
    assertThat(harness.outbox.all().get(1).lastError()).contains("unreadable payload");
    assertThat(harness.outbox.all().get(2).lastError()).contains("invalid payload");
    assertThat(harness.api.requests()).hasSize(1);
  }

  private void enqueueRaw(String entity, String payload) {
    harness.outbox.enqueue(new Outbox.NewMessage(WhatsAppFixtures.ACP, new Outbox.Key("whatsapp:test", entity, "e"),
        "whatsapp", "+32470123456", payload, harness.clock.now(), null));
  }

  private Message only() {
    List<Message> all = harness.outbox.all();
    assertThat(all).hasSize(1);
    return all.get(0);
  }
}
