/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.CloudApiError.Disposition;
import org.koprogo.adapters.whatsapp.FakeCloudApi.AcceptThenDrop;
import org.koprogo.adapters.whatsapp.FakeCloudApi.DropBeforeAccepting;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Fail;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Slow;

class WhatsAppCloudApiTest {
  private static final TemplateMessage MESSAGE =
      new TemplateMessage(
          "32470123456", "koprogo_call_for_funds", "fr",
          List.of("Résidence Les Tilleuls", "1\u202F234,56\u00A0€", "15 mars 2026", "+++090/9337/55493+++"),
          "outbox-42");

  private FakeCloudApi fake;
  private WhatsAppCloudApi api;

  @BeforeEach
  void start() throws IOException {
    fake = new FakeCloudApi();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    api = new WhatsAppCloudApi(fake.config(), http, Duration.ofSeconds(10));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void postsATemplateMessageToTheVersionedMessagesEndpointWithTheBearerToken() {
    SendResult result = api.send(MESSAGE);

    assertThat(result).isInstanceOf(SendResult.Accepted.class);
    assertThat(((SendResult.Accepted) result).wamid()).startsWith("wamid.");
    assertThat(fake.paths()).containsExactly("POST /v23.0/" + FakeCloudApi.PHONE_NUMBER_ID + "/messages");
    assertThat(fake.authorizations()).containsExactly("Bearer " + FakeCloudApi.TOKEN);
  }

  @Test
  void sendsTheCloudApiTemplateShapeWithTheParametersInOrderAndTheOutboxRowAsCallbackData() {
    api.send(MESSAGE);

    JsonNode request = fake.requests().get(0);
    assertThat(request.path("messaging_product").asText()).isEqualTo("whatsapp");
    assertThat(request.path("recipient_type").asText()).isEqualTo("individual");
    assertThat(request.path("to").asText()).isEqualTo("32470123456");
    assertThat(request.path("type").asText()).isEqualTo("template");
    assertThat(request.path("template").path("name").asText()).isEqualTo("koprogo_call_for_funds");
    assertThat(request.path("template").path("language").path("code").asText()).isEqualTo("fr");
    JsonNode body = request.path("template").path("components").path(0);
    assertThat(body.path("type").asText()).isEqualTo("body");
    assertThat(body.path("parameters").findValuesAsText("text"))
        .containsExactly("Résidence Les Tilleuls", "1\u202F234,56\u00A0€", "15 mars 2026", "+++090/9337/55493+++");
    assertThat(body.path("parameters").findValuesAsText("type")).containsOnly("text");
    assertThat(request.path("biz_opaque_callback_data").asText()).isEqualTo("outbox-42");
  }

  @Test
  void readsTheCodeDetailsAndTraceOfAGraphError() {
    fake.then(new Fail(400, 132001, "Template name does not exist in the translation",
        "template name (koprogo_call_for_funds) does not exist in fr"));

    SendResult result = api.send(MESSAGE);

    CloudApiError error = ((SendResult.Refused) result).error();
    assertThat(error.httpStatus()).isEqualTo(400);
    assertThat(error.code()).isEqualTo(132001);
    assertThat(error.subcode()).isEqualTo(2494010);
    assertThat(error.details()).isEqualTo("template name (koprogo_call_for_funds) does not exist in fr");
    assertThat(error.fbtraceId()).isEqualTo("AbCdEf123_trace");
    assertThat(error.reason()).contains("132001", "does not exist in fr");
  }

  @Test
  void keysTheDispositionOnEachDocumentedErrorCode() {
    fake.then(
        new Fail(429, 130429, "Rate limit hit", "Cloud API message throughput has been reached."),
        new Fail(400, 131056, "(Business Account, Consumer Account) pair rate limit hit", "Too many messages to this number"),
        new Fail(400, 131026, "Message undeliverable", "Unable to deliver message"),
        new Fail(400, 132000, "Number of parameters does not match the expected number of params", "body: expected 4, received 3"),
        new Fail(404, 132001, "Template name does not exist in the translation", "template name does not exist in nl"),
        new Fail(401, 190, "Error validating access token: Session has expired", "expired"),
        new Fail(401, 0, "AuthException", "We were unable to authenticate the app user."),
        new Fail(500, 131000, "Something went wrong", "Unknown error"),
        new Fail(503, 131016, "Service unavailable", "A service is temporarily unavailable."));

    List<Disposition> dispositions = List.of(
        disposition(api.send(MESSAGE)), disposition(api.send(MESSAGE)), disposition(api.send(MESSAGE)),
        disposition(api.send(MESSAGE)), disposition(api.send(MESSAGE)), disposition(api.send(MESSAGE)),
        disposition(api.send(MESSAGE)), disposition(api.send(MESSAGE)), disposition(api.send(MESSAGE)));

    assertThat(dispositions).containsExactly(
        Disposition.RATE_LIMITED, Disposition.RECIPIENT_RATE_LIMITED,
        Disposition.PERMANENT, Disposition.PERMANENT, Disposition.PERMANENT,
        Disposition.STOP_SENDING, Disposition.STOP_SENDING,
        Disposition.RETRY, Disposition.RETRY);
  }

  @Test
  void treatsABare5xxWithoutAnErrorObjectAsRetryable() {
    SendResult result = WhatsAppCloudApi.interpret(502, "<html>Bad Gateway</html>");

    assertThat(disposition(result)).isEqualTo(Disposition.RETRY);
    assertThat(((SendResult.Refused) result).error().code()).isEqualTo(-1);
  }

  @Test
  void ignoresUnknownFieldsInTheAnswers() {
    SendResult result = WhatsAppCloudApi.interpret(200,
        "{\"messaging_product\":\"whatsapp\",\"future\":{\"x\":1},\"contacts\":[{\"input\":\"1\",\"wa_id\":\"1\"}],"
            + "\"messages\":[{\"id\":\"wamid.XYZ\",\"message_status\":\"held_for_quality_assessment\",\"new\":true}]}");

    assertThat(result).isEqualTo(new SendResult.Accepted("wamid.XYZ"));
  }

  @Test
  void callsA200WithoutMessageIdAnUnknownOutcome() {
    SendResult result = WhatsAppCloudApi.interpret(200, "{\"messaging_product\":\"whatsapp\"}");

    assertThat(result).isInstanceOf(SendResult.OutcomeUnknown.class);
  }

  @Test
  void callsASlowAnswerAnUnknownOutcomeBecauseTheMessageMayHaveLeft() {
    fake.then(new Slow(1_500));
    WhatsAppCloudApi impatient = new WhatsAppCloudApi(fake.config(), HttpClient.newHttpClient(), Duration.ofMillis(300));

    SendResult result = impatient.send(MESSAGE);

    assertThat(result).isInstanceOf(SendResult.OutcomeUnknown.class);
    assertThat(fake.accepted()).hasSize(1);
  }

  @Test
  void callsADroppedConnectionAnUnknownOutcome() {
    fake.then(new AcceptThenDrop());

    SendResult result = api.send(MESSAGE);

    assertThat(result).isInstanceOf(SendResult.OutcomeUnknown.class);
  }

  @Test
  void callsADropBeforeAcceptingAnUnknownOutcomeToo() {
    fake.then(new DropBeforeAccepting());

    SendResult result = api.send(MESSAGE);

    assertThat(result).isInstanceOf(SendResult.OutcomeUnknown.class);
    assertThat(fake.accepted()).isEmpty();
  }

  @Test
  void callsARefusedConnectionNotSent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    WhatsAppCloudApi nowhere = new WhatsAppCloudApi(
        new WhatsAppConfig(URI.create("http://127.0.0.1:" + closedPort), "v23.0", "1", "t"),
        HttpClient.newHttpClient(), Duration.ofMillis(300));

    SendResult result = nowhere.send(MESSAGE);

    assertThat(result).isInstanceOf(SendResult.NotSent.class);
  }

  private static Disposition disposition(SendResult result) {
    return ((SendResult.Refused) result).error().disposition();
  }
}
