/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.koprogo.host.email.EmailWorker;
import org.koprogo.host.whatsapp.WhatsAppWorker;
import org.koprogo.ports.application.PersonNotifications;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * Issue 20 finding 17 and issue 18, end to end on the host: consents and chosen channels set over
 * HTTP; a workflow over HTTP (a cooperative member's due, a call for funds) queues the notice on
 * each member's route in its unit of work; the scheduled WhatsApp dispatcher sends to a local
 * stand-in for the Cloud API, which answers one recipient with the pair rate limit (131056): only
 * that recipient's messages wait, the others leave in the same run; the email dispatcher sends by
 * real SMTP to GreenMail; a convocation by email carries the convocation's PDF.
 */
class NotificationsEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HELD = "32470000101";
  private static final List<String> sentTo = new CopyOnWriteArrayList<>();
  private static final AtomicBoolean limitedOnce = new AtomicBoolean();
  private static HttpServer cloudApi;
  private static GreenMail greenMail;
  private static ApplicationContext context;
  private static URI server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    cloudApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    cloudApi.createContext("/", exchange -> {
      JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
      String to = request.path("to").asText();
      byte[] answer;
      int status;
      if (to.equals(HELD) && limitedOnce.compareAndSet(false, true)) {
        status = 400;
        answer = ("{\"error\":{\"message\":\"(Business Account, Consumer Account) pair rate limit hit\","
            + "\"type\":\"OAuthException\",\"code\":131056,\"error_data\":{\"messaging_product\":\"whatsapp\","
            + "\"details\":\"Too many messages to this number\"},\"fbtrace_id\":\"A1\"}}").getBytes(StandardCharsets.UTF_8);
      } else {
        sentTo.add(to);
        status = 200;
        answer = ("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + to + "\",\"wa_id\":\"" + to
            + "\"}],\"messages\":[{\"id\":\"wamid.E2E" + sentTo.size() + "\",\"message_status\":\"accepted\"}]}")
            .getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    cloudApi.start();
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    Map<String, Object> settings = new HashMap<>();
    settings.put("koprogo.jdbc.url", "jdbc:h2:mem:notify-e2e;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    settings.put("micronaut.server.port", -1);
    settings.put("koprogo.outbox.worker.initial-delay", "1h");
    settings.put("koprogo.whatsapp.enabled", true);
    settings.put("koprogo.whatsapp.initial-delay", "1h");
    settings.put("koprogo.whatsapp.base-uri", "http://127.0.0.1:" + cloudApi.getAddress().getPort() + "/");
    settings.put("koprogo.whatsapp.phone-number-id", "106540352242922");
    settings.put("koprogo.whatsapp.access-token", "e2e-token");
    settings.put("koprogo.whatsapp.app-secret", "e2e-secret");
    settings.put("koprogo.whatsapp.verify-token", "e2e-verify");
    settings.put("koprogo.whatsapp.organisation", "demo-cailles");
    settings.put("koprogo.whatsapp.quiet-hours.start", "00:00");
    settings.put("koprogo.whatsapp.quiet-hours.end", "00:00");
    settings.put("koprogo.email.enabled", true);
    settings.put("koprogo.email.initial-delay", "1h");
    settings.put("koprogo.email.smtp.host", "127.0.0.1");
    settings.put("koprogo.email.smtp.port", greenMail.getSmtp().getPort());
    settings.put("koprogo.email.smtp.start-tls", false);
    settings.put("koprogo.email.from", "syndic@example.org");
    context = ApplicationContext.builder().environments("test").properties(settings).start();
    server = URI.create(context.getBean(EmbeddedServer.class).start().getURL().toString() + "/");
  }

  @AfterAll
  static void stop() {
    context.close();
    cloudApi.stop(0);
    greenMail.stop();
  }

  @Test
  void aDueReachesEachMemberOnTheirRouteAndThePairRateLimitHoldsOnlyItsRecipient() throws Exception {
    String manager = login("manager@cailles");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String held = member(manager, "wa1-" + suffix, "", "+" + HELD);
    String other = member(manager, "wa2-" + suffix, "", "+32470000102");
    String mail = member(manager, "mail-" + suffix, "mail-" + suffix + "@example.org", "");
    String paper = member(manager, "paper-" + suffix, "paper@example.org", "+32470000103");
    String group = "/api/v1/groups/e2e-" + suffix;
    assertThat(post(manager, "/api/v1/groups", "{\"id\":\"e2e-" + suffix + "\",\"name\":\"E2E\","
        + "\"fundingThreshold\":\"500.00\"}").statusCode()).isEqualTo(201);
    for (String m : List.of(held, other, mail, paper)) {
      assertThat(post(manager, group + "/members", "{\"member\":\"" + m + "\"}").statusCode()).isEqualTo(201);
    }
    consent(manager, held, "WHATSAPP");
    consent(manager, other, "WHATSAPP");
    consent(manager, mail, "EMAIL");
    assertThat(put(manager, "/api/v1/members/" + mail + "/notification-choices/channel", "{\"channel\":\"EMAIL\"}")
        .statusCode()).isEqualTo(200);
    assertThat(put(manager, "/api/v1/members/" + paper + "/notification-choices/channel", "{\"channel\":\"POST\"}")
        .statusCode()).isEqualTo(200);

    int before = greenMail.getReceivedMessages().length;
    due(manager, held, "a-" + suffix);
    due(manager, held, "b-" + suffix);
    due(manager, other, "c-" + suffix);
    due(manager, mail, "d-" + suffix);
    due(manager, paper, "e-" + suffix);
    long started = System.nanoTime();
    int claimed = context.getBean(WhatsAppWorker.class).runOnce();
    long millis = (System.nanoTime() - started) / 1_000_000;
    int emails = context.getBean(EmailWorker.class).runOnce();

    assertThat(claimed).isEqualTo(3);
    assertThat(millis).as("one run, no stall behind the held recipient").isLessThan(10_000);
    assertThat(sentTo).containsExactly("32470000102");
    assertThat(outbox(held)).extracting(r -> r.get(0)).containsOnly("PENDING");
    assertThat(outbox(held)).extracting(r -> r.get(1)).anySatisfy(e -> assertThat(e).contains("131056"))
        .anySatisfy(e -> assertThat(e).contains("held until"));
    assertThat(outbox(other)).extracting(r -> r.get(0)).containsExactly("SENT");
    assertThat(outbox(paper)).isEmpty();
    assertThat(emails).isEqualTo(1);
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(before + 1);
    assertThat(received[before].getAllRecipients()[0].toString()).isEqualTo("mail-" + suffix + "@example.org");
    assertThat(received[before].getContent().toString()).contains("due-d-" + suffix);
  }

  @Test
  void convokingOverHttpQueuesTheConvocationWithItsPdfByEmailAndListsTheOwnersByPost() throws Exception {
    String syndic = login("syndic@tilleuls");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    // o-lambert (lot C2) agreed in writing to receive convocations by email; nobody else did
    assertThat(post(syndic, "/api/v1/owners/o-lambert/notification-choices/consents",
        "{\"channel\":\"EMAIL\",\"decision\":\"GRANTED\",\"proof\":\"written agreement 2026-12\"}").statusCode())
        .isEqualTo(200);
    String assembly = "ga-e2e-" + suffix;
    assertThat(post(syndic, "/api/v1/buildings/residence-tilleuls/assemblies", "{\"id\":\"" + assembly
        + "\",\"plannedOn\":\"2026-09-16\",\"items\":[{\"id\":\"accounts\",\"title\":\"Approve the accounts\","
        + "\"decisionType\":\"ORDINARY_ADMINISTRATION\"}]}").statusCode()).isEqualTo(201);
    int before = greenMail.getReceivedMessages().length;

    HttpResponse<String> convened = post(syndic, "/api/v1/assemblies/" + assembly + "/convocation",
        "{\"convokedOn\":\"2026-08-31\",\"startsAt\":\"2026-09-16T19:30\","
            + "\"place\":\"Salle des fêtes, Rue Haute 3, 1000 Bruxelles\"}");
    context.getBean(EmailWorker.class).runOnce();

    assertThat(convened.statusCode()).as(convened.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(convened.body());
    assertThat(answer.path("startsAt").asText()).isEqualTo("19:30");
    assertThat(answer.path("place").asText()).isEqualTo("Salle des fêtes, Rue Haute 3, 1000 Bruxelles");
    List<String> byPost = new java.util.ArrayList<>();
    answer.path("convocations").path("byPost").forEach(n -> byPost.add(n.asText()));
    assertThat(byPost).hasSize(answer.path("votingBody").size() - 1).doesNotContain("o-lambert")
        .contains("o-dupont", "o-wouters", "o-dubois");
    assertThat(answer.path("convocations").path("owners")).anySatisfy(o -> {
      assertThat(o.path("owner").asText()).isEqualTo("o-lambert");
      assertThat(o.path("means").asText()).isEqualTo("AGREED_EMAIL");
      assertThat(o.path("queued").asBoolean()).isTrue();
    });
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(before + 1);
    MimeMessage m = received[before];
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo("lambert@example.org");
    Multipart parts = (Multipart) m.getContent();
    assertThat((String) parts.getBodyPart(0).getContent()).contains("19:30", "Salle des fêtes", "3.87")
        .doesNotContain("usual way", "voie habituelle", "gewone weg", "üblichen Weg");
    Part pdf = parts.getBodyPart(1);
    assertThat(pdf.getContentType()).startsWith("application/pdf");
    assertThat(pdf.getFileName()).isEqualTo("convocation-" + assembly + ".pdf");
    byte[] bytes = pdf.getInputStream().readAllBytes();
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("Salle des fêtes, Rue Haute 3, 1000 Bruxelles", "19:30");
    }

    // convening again is refused and sends nothing more
    assertThat(post(syndic, "/api/v1/assemblies/" + assembly + "/convocation",
        "{\"convokedOn\":\"2026-08-31\",\"startsAt\":\"2026-09-16T19:30\",\"place\":\"Salle\"}").statusCode())
        .isEqualTo(409);
    context.getBean(EmailWorker.class).runOnce();
    assertThat(greenMail.getReceivedMessages()).hasSize(before + 1);
  }

  @Test
  void eachOwnerGetsTheConvocationInTheirLanguageRenderedOncePerLanguageAndInAppIsNoConvocation()
      throws Exception {
    String syndic = login("syndic@tilleuls");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String building = "lang-" + suffix;
    // two French owners, a German one, one of unknown language (Dutch, the default), one who reads in-app
    List<String> names = List.of("fr1", "fr2", "de", "unknown", "inapp");
    List<String> languages = java.util.Arrays.asList("fr", "fr", "de", null, "en");
    StringBuilder lots = new StringBuilder();
    StringBuilder owners = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      String owner = "o-" + names.get(i) + "-" + suffix;
      lots.append(i == 0 ? "" : ",").append("{\"id\":\"").append(building).append('-').append(i)
          .append("\",\"label\":\"").append(i).append("\",\"shares\":20,\"owners\":[{\"owner\":\"")
          .append(owner).append("\",\"fraction\":\"1\"}]}");
      owners.append(i == 0 ? "" : ",").append("{\"id\":\"").append(owner).append("\",\"name\":\"Owner ")
          .append(names.get(i)).append("\",\"email\":\"").append(names.get(i)).append('-').append(suffix)
          .append("@example.org\",\"phone\":\"\",\"postalAddress\":\"\"")
          .append(languages.get(i) == null ? "" : ",\"language\":\"" + languages.get(i) + "\"").append('}');
    }
    HttpResponse<String> registered = post(syndic, "/api/v1/buildings", "{\"id\":\"" + building
        + "\",\"name\":\"Résidence des Langues\",\"address\":\"Rue des Langues 1, 1000 Bruxelles\","
        + "\"totalShares\":100,\"lots\":[" + lots + "],\"owners\":[" + owners + "]}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    for (String name : List.of("fr1", "fr2", "de", "unknown", "inapp")) {
      assertThat(post(syndic, "/api/v1/owners/o-" + name + "-" + suffix + "/notification-choices/consents",
          "{\"channel\":\"EMAIL\",\"decision\":\"GRANTED\",\"proof\":\"written agreement\"}").statusCode())
          .isEqualTo(200);
    }
    String inApp = "o-inapp-" + suffix;
    assertThat(put(syndic, "/api/v1/owners/" + inApp + "/notification-choices/channel", "{\"channel\":\"IN_APP\"}")
        .statusCode()).isEqualTo(200);
    String assembly = "ga-lang-" + suffix;
    assertThat(post(syndic, "/api/v1/buildings/" + building + "/assemblies", "{\"id\":\"" + assembly
        + "\",\"plannedOn\":\"2026-09-16\",\"items\":[{\"id\":\"accounts\",\"title\":\"Approve the accounts\","
        + "\"decisionType\":\"ORDINARY_ADMINISTRATION\"}]}").statusCode()).isEqualTo(201);
    org.koprogo.adapters.documents.AssemblyDocuments pdfs =
        context.getBean(org.koprogo.host.api.DocumentFormats.class).documents();
    long renderedBefore = pdfs.renderings();
    long readBefore = pdfs.reads();
    int before = greenMail.getReceivedMessages().length;

    HttpResponse<String> convened = post(syndic, "/api/v1/assemblies/" + assembly + "/convocation",
        "{\"convokedOn\":\"2026-08-31\",\"startsAt\":\"2026-09-16T19:30\",\"place\":\"Salle B\"}");
    long rendered = pdfs.renderings() - renderedBefore;
    long read = pdfs.reads() - readBefore;
    context.getBean(EmailWorker.class).runOnce();
    context.getBean(org.koprogo.host.outbox.OutboxWorker.class).runOnce();

    assertThat(convened.statusCode()).as(convened.body()).isEqualTo(200);
    // fr, de and nl: once per language, not once per owner
    assertThat(rendered).isEqualTo(3);
    // the assembly and its parties are read once for the convening, not once per owner emailed
    assertThat(read).isEqualTo(1);
    List<String> byPost = new ArrayList<>();
    JSON.readTree(convened.body()).path("convocations").path("byPost").forEach(n -> byPost.add(n.asText()));
    // an in-app notice is not a convocation (Civil Code art. 3.87 §3): the registered letter still goes
    assertThat(byPost).containsExactly(inApp);
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(before + 4);
    Map<String, String[]> expected = Map.of(
        "fr1", new String[] {"Bonjour", "assemblée générale"},
        "fr2", new String[] {"Bonjour", "assemblée générale"},
        "de", new String[] {"Guten Tag", "Einberufung der Generalversammlung"},
        "unknown", new String[] {"Goedendag", "Oproeping tot de algemene vergadering"});
    for (int i = before; i < received.length; i++) {
      String to = received[i].getAllRecipients()[0].toString();
      String[] words = expected.get(to.substring(0, to.indexOf('-')));
      Multipart parts = (Multipart) received[i].getContent();
      assertThat((String) parts.getBodyPart(0).getContent()).as(to).startsWith(words[0]);
      try (org.apache.pdfbox.pdmodel.PDDocument doc =
          org.apache.pdfbox.Loader.loadPDF(parts.getBodyPart(1).getInputStream().readAllBytes())) {
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).as(to)
            .contains(words[1], "Salle B");
      }
    }
    // the in-app reader finds the notice in their inbox, in English
    List<org.koprogo.ports.out.InboxMessage> inbox = context.getBean(org.koprogo.ports.out.Inboxes.class)
        .page(OrganisationId.of("demo-tilleuls"), inApp, java.util.Optional.empty(), 10);
    assertThat(inbox).singleElement().satisfies(m -> {
      assertThat(m.channel()).isEqualTo("in-app");
      assertThat(m.payload()).contains("\"language\":\"en\"", "Hello, you are invited", "registered letter");
    });
  }

  @Test
  void aConvocationWithoutItsDocumentIsNotSentByEmail() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String syndic = login("syndic@tilleuls");
    String owner = "o-e2e-" + suffix;
    assertThat(post(syndic, "/api/v1/owners", "{\"id\":\"" + owner + "\",\"name\":\"Eva\",\"email\":\"eva-" + suffix
        + "@example.org\"}").statusCode()).isEqualTo(201);
    assertThat(post(syndic, "/api/v1/owners/" + owner + "/notification-choices/consents",
        "{\"channel\":\"EMAIL\",\"decision\":\"GRANTED\",\"proof\":\"written agreement 2026-12\"}").statusCode())
        .isEqualTo(200);

    OutPorts ports = context.getBean(OutPorts.class);
    PersonNotifications.Routed routed = ports.transactions().inTransaction(() ->
        context.getBean(UseCases.class).personNotifications().notify(
            new DataSubject(OrganisationId.of("demo-tilleuls"), DataSubject.Kind.OWNER, owner),
            Intent.ASSEMBLY_CONVOCATION, "assembly:no-such-assembly", "convened",
            Map.of("organisation", TemplateValue.text("ACP Les Tilleuls"),
                "assemblyDate", TemplateValue.date(LocalDate.of(2026, 9, 16)),
                "time", TemplateValue.text("19:30"), "place", TemplateValue.text("Salle communale"))));

    // the email would say it is the convocation: without the PDF it is not, so the owner goes on paper
    assertThat(routed.status()).isEqualTo(PersonNotifications.Status.NOT_REACHABLE);
  }

  private static String member(String token, String id, String email, String phone) throws Exception {
    String member = "m-" + id;
    HttpResponse<String> created = post(token, "/api/v1/members", "{\"id\":\"" + member + "\",\"name\":\"" + id
        + "\",\"email\":\"" + email + "\",\"phone\":\"" + phone + "\",\"rank\":0,\"joinedOn\":\"2026-01-01\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return member;
  }

  private static void consent(String token, String member, String channel) throws Exception {
    HttpResponse<String> answer = post(token, "/api/v1/members/" + member + "/notification-choices/consents",
        "{\"channel\":\"" + channel + "\",\"decision\":\"GRANTED\",\"proof\":\"signed form e2e\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private static void due(String token, String member, String id) throws Exception {
    HttpResponse<String> answer = post(token, "/api/v1/members/" + member + "/ledger/dues", "{\"id\":\"due-" + id
        + "\",\"amount\":\"10.00\",\"valueDate\":\"2026-06-01\",\"idempotencyKey\":\"due-" + id + "\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
  }

  /** The status and last error of the WhatsApp and email messages to {@code member}, oldest first. */
  private static List<List<String>> outbox(String member) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (var c = context.getBean(javax.sql.DataSource.class).getConnection();
        var s = c.prepareStatement("select status, last_error from outbox_messages where logical_event like ?"
            + " and channel in ('whatsapp', 'email') order by created_at, message_id")) {
      s.setString(1, "%@" + member);
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(List.of(rs.getString(1), String.valueOf(rs.getString(2))));
        }
      }
    }
    return rows;
  }

  private static String login(String user) throws Exception {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(server.resolve("api/v1/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"koprogo-demo\"}")));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body()).path("access_token").asText();
  }

  private static HttpResponse<String> post(String token, String path, String body) throws Exception {
    return send(HttpRequest.newBuilder(server.resolve(path.substring(1))).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> put(String token, String path, String body) throws Exception {
    return send(HttpRequest.newBuilder(server.resolve(path.substring(1))).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
