/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.anne;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.FakeCloudApi.StatusEvent;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.Message;

/**
 * The webhook mounted on a local HTTP endpoint the way a host mounts it (raw body bytes, the
 * signature header, the query string), called over HTTP as Meta calls it.
 */
class WebhookEndpointTest {
  private Harness harness;
  private HttpServer endpoint;
  private URI uri;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    harness = Harness.standard();
    harness.optIn(anne());
    harness.notifications.notify(callForFunds(anne(), "call-1"));
    harness.dispatcher.dispatchOnce();
    endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoint.createContext("/webhooks/whatsapp", this::serve);
    endpoint.start();
    uri = URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/webhooks/whatsapp");
  }

  @AfterEach
  void stop() {
    endpoint.stop(0);
    harness.close();
  }

  @Test
  void answersMetasVerificationRequestWithTheChallenge() throws Exception {
    HttpResponse<String> ok = get("?hub.mode=subscribe&hub.verify_token=" + WhatsAppFixtures.VERIFY_TOKEN
        + "&hub.challenge=1158201444");
    HttpResponse<String> refused = get("?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("1158201444");
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void appliesACorrectlySignedStatusPost() throws Exception {
    byte[] body = delivered().getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = post(body, harness.signature.sign(body));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(message().delivery()).isEqualTo(Outbox.DeliveryStatus.DELIVERED);
  }

  @Test
  void refusesAWronglySignedStatusPost() throws Exception {
    byte[] body = delivered().getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = post(body, new WebhookSignature("leaked-old-secret").sign(body));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(message().delivery()).isNull();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      int status;
      byte[] answer;
      if ("GET".equals(exchange.getRequestMethod())) {
        Optional<String> challenge = harness.webhook.verifyQuery(exchange.getRequestURI().getRawQuery());
        status = challenge.isPresent() ? 200 : 403;
        answer = challenge.orElse("").getBytes(StandardCharsets.UTF_8);
      } else {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        status = harness.webhook.receive(raw, exchange.getRequestHeaders().getFirst("X-Hub-Signature-256")).httpStatus();
        answer = new byte[0];
      }
      exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      }
    }
  }

  private HttpResponse<String> get(String query) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(uri + query)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(byte[] body, String signature) throws Exception {
    return http.send(HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("X-Hub-Signature-256", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String delivered() {
    Message sent = message();
    return FakeCloudApi.statusWebhook(List.of(
        new StatusEvent(sent.externalId(), "delivered", 1750857390, "32470123456", sent.id().value())));
  }

  private Message message() {
    return harness.outbox.all().get(0);
  }
}
