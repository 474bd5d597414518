/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.FakeCloudApi.StatusEvent;
import org.koprogo.ports.out.notification.DeliveryStatus;

class WebhookTest {
  private static final String SECRET = "app-secret-for-tests";

  @Test
  void answersTheHandshakeWithTheChallengeWhenTheTokenIsOurs() {
    WebhookVerification verification = new WebhookVerification("koprogo-verify");

    assertThat(verification.challenge("subscribe", "koprogo-verify", "1158201444")).contains("1158201444");
    assertThat(verification.challenge("subscribe", "someone-else", "1158201444")).isEmpty();
    assertThat(verification.challenge("unsubscribe", "koprogo-verify", "1158201444")).isEmpty();
    assertThat(verification.challenge(null, null, null)).isEmpty();
  }

  @Test
  void acceptsABodySignedWithTheAppSecret() throws Exception {
    byte[] body = FakeCloudApi.statusWebhook(List.of(
        new StatusEvent("wamid.A", "delivered", 1750857384, "32470123456", "outbox-1"))).getBytes(StandardCharsets.UTF_8);
    String header = "sha256=" + hex(javax.crypto.Mac.getInstance("HmacSHA256"), body);

    boolean valid = new WebhookSignature(SECRET).verifies(body, header);

    assertThat(valid).isTrue();
  }

  @Test
  void refusesAWrongSecretATamperedBodyAndMalformedHeaders() {
    byte[] body = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
    WebhookSignature signature = new WebhookSignature(SECRET);
    String good = signature.sign(body);
    byte[] tampered = "{\"object\":\"whatsapp_business_account\",\"entry\":[ ]}".getBytes(StandardCharsets.UTF_8);

    assertThat(signature.verifies(body, good)).isTrue();
    assertThat(signature.verifies(body, good.toUpperCase().replace("SHA256=", "sha256="))).isTrue();
    assertThat(signature.verifies(tampered, good)).isFalse();
    assertThat(new WebhookSignature("another-secret").verifies(body, good)).isFalse();
    assertThat(signature.verifies(body, null)).isFalse();
    assertThat(signature.verifies(body, good.substring("sha256=".length()))).isFalse();
    assertThat(signature.verifies(body, "sha256=zz" + good.substring(9))).isFalse();
    assertThat(signature.verifies(body, "sha1=" + good.substring(7))).isFalse();
  }

  @Test
  void readsStatusesWithTheirCallbackDataAndErrors() throws Exception {
    byte[] body = FakeCloudApi.statusWebhook(List.of(
            new StatusEvent("wamid.A", "sent", 1750857384, "32470123456", "outbox-1"),
            new StatusEvent("wamid.B", "failed", 1750857390, "32470999999", null)))
        .getBytes(StandardCharsets.UTF_8);

    List<StatusUpdate> updates = StatusWebhookBody.parse(body);

    assertThat(updates).hasSize(2);
    assertThat(updates.get(0).wamid()).isEqualTo("wamid.A");
    assertThat(updates.get(0).status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(updates.get(0).timestamp()).isEqualTo(Instant.ofEpochSecond(1750857384));
    assertThat(updates.get(0).callbackData()).isEqualTo(Optional.of("outbox-1"));
    assertThat(updates.get(1).status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(updates.get(1).callbackData()).isEmpty();
    assertThat(updates.get(1).errors().get(0).code()).isEqualTo(131026);
    assertThat(updates.get(1).failureReason()).contains("131026", "Message undeliverable", "Message failed to send");
  }

  @Test
  void skipsInboundMessagesAndUntrackedStatuses() throws Exception {
    byte[] body = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"value\":"
            + "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"from\":\"32470\",\"id\":\"wamid.IN\",\"type\":\"text\","
            + "\"text\":{\"body\":\"STOP\"}}],\"statuses\":[{\"id\":\"wamid.D\",\"status\":\"deleted\",\"timestamp\":\"1\","
            + "\"recipient_id\":\"1\"}]},\"field\":\"messages\"}]}]}")
        .getBytes(StandardCharsets.UTF_8);

    List<StatusUpdate> updates = StatusWebhookBody.parse(body);

    assertThat(updates).isEmpty();
  }

  private static String hex(javax.crypto.Mac mac, byte[] body) throws Exception {
    mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder out = new StringBuilder();
    for (byte b : mac.doFinal(body)) {
      out.append(String.format("%02x", b));
    }
    return out.toString();
  }
}
