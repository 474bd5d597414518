/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.WebhookSignature;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.outbox.OutboxWorker;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationKey;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.PersonId;
import org.koprogo.ports.out.notification.PhoneNumber;
import org.koprogo.ports.out.notification.Recipient;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * The host with WhatsApp enabled, against a local stand-in for the Cloud API: the webhook's
 * handshake, status callbacks checked over the raw bytes received, the scheduled dispatcher
 * sending from the JDBC outbox, and the generic outbox worker leaving WhatsApp messages to it.
 */
class WhatsAppWiringTest {
  private static final String APP_SECRET = "host-test-app-secret";
  private static final String VERIFY_TOKEN = "host-test-verify";
  private static final OrganisationId ORGANISATION = OrganisationId.of("org-whatsapp");
  private static final Recipient ANNE =
      new Recipient(PersonId.of("owner-anne"), PhoneNumber.of("+32470123456"), Language.FRENCH);

  private static HttpServer cloudApi;
  private static final List<String> requests = new CopyOnWriteArrayList<>();
  private static ApplicationContext context;
  private static URI server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    cloudApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    cloudApi.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().getPath() + " " + new String(exchange.getRequestBody().readAllBytes(),
          StandardCharsets.UTF_8));
      byte[] answer = ("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"32470123456\",\"wa_id\":"
          + "\"32470123456\"}],\"messages\":[{\"id\":\"wamid.HOST" + requests.size() + "\",\"message_status\":\"accepted\"}]}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    cloudApi.start();
    Map<String, Object> settings = new HashMap<>();
    settings.put("koprogo.jdbc.url",
        "jdbc:h2:mem:whatsapp-wiring;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    settings.put("micronaut.server.port", -1);
    settings.put("koprogo.demo.enabled", false);
    settings.put("koprogo.outbox.worker.initial-delay", "1h");
    settings.put("koprogo.whatsapp.enabled", true);
    settings.put("koprogo.whatsapp.initial-delay", "1h");
    settings.put("koprogo.whatsapp.base-uri", "http://127.0.0.1:" + cloudApi.getAddress().getPort() + "/");
    settings.put("koprogo.whatsapp.phone-number-id", "106540352242922");
    settings.put("koprogo.whatsapp.access-token", "host-test-token");
    settings.put("koprogo.whatsapp.app-secret", APP_SECRET);
    settings.put("koprogo.whatsapp.verify-token", VERIFY_TOKEN);
    settings.put("koprogo.whatsapp.organisation", ORGANISATION.value());
    settings.put("koprogo.whatsapp.quiet-hours.start", "00:00");
    settings.put("koprogo.whatsapp.quiet-hours.end", "00:00");
    context = ApplicationContext.builder().environments("test").properties(settings).start();
    EmbeddedServer embedded = context.getBean(EmbeddedServer.class).start();
    server = URI.create(embedded.getURL().toString() + "/");
    context.getBean(Consents.class).record(ConsentRecord.optIn(ANNE.person(), Channel.WHATSAPP,
        java.time.Instant.parse("2026-01-05T10:00:00Z"), "signed paper form, ref. 2026-001"));
  }

  @AfterAll
  static void stop() {
    context.close();
    cloudApi.stop(0);
  }

  @Test
  void answersTheHandshakeWithTheChallenge() throws Exception {
    HttpResponse<String> answer = get("webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN
        + "&hub.challenge=1158201444");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("1158201444");
  }

  @Test
  void refusesTheHandshakeWithAnotherToken() throws Exception {
    HttpResponse<String> answer = get("webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1");

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body()).contains("\"code\":\"FORBIDDEN\"");
  }

  @Test
  void sendsOnScheduleAndRecordsTheSignedDeliveryReport() throws Exception {
    OutboxMessageId id = enqueue("call-1");

    int claimed = context.getBean(WhatsAppWorker.class).runOnce();
    Outbox.Message sent = find(id);
    byte[] raw = statusBody(sent.externalId(), "delivered", id).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> answer = post(raw, new WebhookSignature(APP_SECRET).sign(raw));

    assertThat(claimed).isPositive();
    assertThat(sent.status()).isEqualTo(Outbox.Status.SENT);
    assertThat(requests).anySatisfy(r -> assertThat(r).startsWith("/v23.0/106540352242922/messages ")
        .contains("\"koprogo_call_for_funds\"").contains(id.value()));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(find(id).delivery()).isEqualTo(Outbox.DeliveryStatus.DELIVERED);
  }

  @Test
  void refusesAReportWhoseSignatureDoesNotMatchTheRawBody() throws Exception {
    OutboxMessageId id = enqueue("call-2");
    context.getBean(WhatsAppWorker.class).runOnce();
    Outbox.Message sent = find(id);
    byte[] signed = statusBody(sent.externalId(), "delivered", id).getBytes(StandardCharsets.UTF_8);
    byte[] compact = statusBody(sent.externalId(), "delivered", id).replaceAll("\\s+", "").getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> reserialised = post(compact, new WebhookSignature(APP_SECRET).sign(signed));
    HttpResponse<String> unsigned = post(signed, null);

    assertThat(reserialised.statusCode()).isEqualTo(401);
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(unsigned.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(unsigned.body()).contains("\"code\":\"UNAUTHENTICATED\"");
    assertThat(find(id).delivery()).isNull();
  }

  @Test
  void leavesWhatsAppMessagesToTheirOwnWorker() {
    OutboxMessageId id = enqueue("call-3");

    context.getBean(OutboxWorker.class).runOnce();

    assertThat(find(id).status()).isEqualTo(Outbox.Status.PENDING);
    assertThat(find(id).attempts()).isZero();
  }

  @Test
  void refusesAnotherOrganisationsNotification() {
    Notification other = notification(OrganisationId.of("org-other"), "call-9");

    NotifyOutcome outcome = whatsApp().notify(other);

    assertThat(outcome).isEqualTo(NotifyOutcome.NO_CONSENT);
  }

  /** The host's WhatsApp channel (the in-app channel is a {@link Notifications} bean too). */
  private static Notifications whatsApp() {
    return context.getBeansOfType(Notifications.class).stream().filter(n -> n.channel() == Channel.WHATSAPP)
        .findFirst().orElseThrow();
  }

  private static OutboxMessageId enqueue(String call) {
    assertThat(whatsApp().notify(notification(ORGANISATION, call)))
        .isEqualTo(NotifyOutcome.ENQUEUED);
    return idOf(call);
  }

  private static OutboxMessageId idOf(String call) {
    try (var c = context.getBean(javax.sql.DataSource.class).getConnection();
        var s = c.prepareStatement("select message_id from outbox_messages where organisation_id = ? and entity = ?")) {
      s.setString(1, ORGANISATION.value());
      s.setString(2, call);
      try (var rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return OutboxMessageId.of(rs.getString(1));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Outbox.Message find(OutboxMessageId id) {
    return context.getBean(OutPorts.class).outbox().find(ORGANISATION, id).orElseThrow();
  }

  private static Notification notification(OrganisationId organisation, String call) {
    Map<String, TemplateValue> values = new LinkedHashMap<>();
    values.put("organisation", TemplateValue.text("ACP Les Tilleuls"));
    values.put("amount", TemplateValue.amount(Money.ofMinor(Money.EUR, 123_456)));
    values.put("dueDate", TemplateValue.date(LocalDate.of(2026, 3, 15)));
    values.put("reference", TemplateValue.text("+++090/9337/55493+++"));
    return new Notification(new NotificationKey(organisation, Intent.CALL_FOR_FUNDS, call, "issued", ANNE.person()),
        ANNE, values);
  }

  /** A status webhook as Meta writes it, spaced and indented: re-serialised JSON would not match its signature. */
  private static String statusBody(String wamid, String status, OutboxMessageId id) {
    return """
        {
          "object": "whatsapp_business_account",
          "entry": [ { "id": "102290129340398", "changes": [ { "field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": { "display_phone_number": "32470000000", "phone_number_id": "106540352242922" },
            "statuses": [ { "id": "%s", "status": "%s", "timestamp": "1773133200",
              "recipient_id": "32470123456", "biz_opaque_callback_data": "%s" } ] } } ] } ]
        }
        """.formatted(wamid, status, id.value());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(server.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(byte[] body, String signature) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("webhooks/whatsapp"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header("X-Hub-Signature-256", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
