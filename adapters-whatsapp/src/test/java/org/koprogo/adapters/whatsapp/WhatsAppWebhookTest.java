/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.anne;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.FakeCloudApi.StatusEvent;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.Message;

class WhatsAppWebhookTest {
  private Harness harness;
  private Message sent;

  @BeforeEach
  void sendOne() throws Exception {
    harness = Harness.standard();
    harness.optIn(anne());
    harness.notifications.notify(callForFunds(anne(), "call-1"));
    harness.dispatcher.dispatchOnce();
    sent = harness.outbox.all().get(0);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void answersTheVerificationHandshake() {
    assertThat(harness.webhook.verify("subscribe", WhatsAppFixtures.VERIFY_TOKEN, "challenge-42")).contains("challenge-42");
    assertThat(harness.webhook.verify("subscribe", "wrong", "challenge-42")).isEmpty();
  }

  @Test
  void recordsADeliveryOnTheOutboxMessage() {
    WhatsAppWebhook.Reception reception = harness.post(status("delivered", 100));

    assertThat(reception.httpStatus()).isEqualTo(200);
    assertThat(reception.applied()).isEqualTo(1);
    assertThat(message().delivery()).isEqualTo(Outbox.DeliveryStatus.DELIVERED);
  }

  @Test
  void refusesAWronglySignedBodyAndChangesNothing() {
    byte[] body = status("delivered", 100).getBytes(StandardCharsets.UTF_8);
    String forged = new WebhookSignature("not-our-secret").sign(body);

    WhatsAppWebhook.Reception forgedReception = harness.webhook.receive(body, forged);
    WhatsAppWebhook.Reception unsigned = harness.webhook.receive(body, null);

    assertThat(forgedReception.httpStatus()).isEqualTo(401);
    assertThat(unsigned.httpStatus()).isEqualTo(401);
    assertThat(message().delivery()).isNull();
  }

  @Test
  void refusesABodyThatIsNotJson() {
    byte[] body = "not json".getBytes(StandardCharsets.UTF_8);

    WhatsAppWebhook.Reception reception = harness.webhook.receive(body, harness.signature.sign(body));

    assertThat(reception.httpStatus()).isEqualTo(400);
  }

  @Test
  void countsARedeliveredStatusOnce() {
    harness.post(status("delivered", 100));

    WhatsAppWebhook.Reception again = harness.post(status("delivered", 100));

    assertThat(again.duplicates()).isEqualTo(1);
    assertThat(again.applied()).isZero();
  }

  @Test
  void neverGoesBackFromReadToDeliveredOrSent() {
    harness.post(status("read", 300));

    WhatsAppWebhook.Reception late = harness.post(status("delivered", 200));
    WhatsAppWebhook.Reception later = harness.post(status("sent", 100));

    assertThat(late.stale() + later.stale()).isEqualTo(2);
    assertThat(message().delivery()).isEqualTo(Outbox.DeliveryStatus.READ);
    assertThat(message().deliveryAt().getEpochSecond()).isEqualTo(300);
  }

  @Test
  void recordsAFailureWithItsReason() {
    WhatsAppWebhook.Reception reception = harness.post(status("failed", 100));

    assertThat(reception.applied()).isEqualTo(1);
    assertThat(message().delivery()).isEqualTo(Outbox.DeliveryStatus.FAILED);
    assertThat(message().lastError()).contains("131026", "Message undeliverable");
  }

  private String status(String status, long epochSecond) {
    return FakeCloudApi.statusWebhook(List.of(
        new StatusEvent(sent.externalId(), status, epochSecond, "32470123456", sent.id().value())));
  }

  private Message message() {
    return harness.outbox.all().get(0);
  }
}
