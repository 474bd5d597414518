/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.host.demo.DemoData;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.outbox.ChannelDelivery;
import org.koprogo.host.outbox.OutboxWorker;
import org.koprogo.ports.application.OutboxRelay;
import org.koprogo.ports.out.InboxMessage;
import org.koprogo.ports.out.Inboxes;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationKey;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.PersonId;
import org.koprogo.ports.out.notification.Recipient;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * {@code GET /api/v1/inbox}: the caller's notices only (an owner's in-app notice, queued by the
 * in-app channel in their language and delivered by the outbox worker, included), newest first, a
 * page at a time with a cursor; a bad limit or cursor is a 422 naming the field; an outbox message delivered twice is
 * in the inbox once.
 */
@MicronautTest
class InboxApiTest {
  private static final OrganisationId TILLEULS = OrganisationId.of(DemoData.TILLEULS);
  private static final OrganisationId CAILLES = OrganisationId.of(DemoData.CAILLES);
  /** The auditor has no subject: their inbox is their user name's, which nothing else writes to. */
  private static final String AUDITOR = "auditor@tilleuls";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Inboxes inboxes;

  @Inject
  @Named(InAppInbox.CHANNEL)
  ChannelDelivery inApp;

  @Inject
  @Named("in-app-notices")
  Notifications inAppNotices;

  @Inject OutPorts ports;

  @Inject OutboxWorker worker;

  HttpCalls calls;
  String auditor;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    auditor = DemoLogins.token(calls, AUDITOR);
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  private void deliver(OrganisationId organisation, String id, String recipient, Instant at) {
    inboxes.deliver(new InboxMessage(organisation, OutboxMessageId.of(id), recipient, "in-app", "TEST_NOTICE",
        "{\"marker\":\"" + id + "\"}", at));
  }

  /** Every page of the auditor's inbox, {@code limit} at a time: the ids in order, and the page sizes. */
  private List<String> walk(int limit, List<Integer> sizes) {
    List<String> ids = new ArrayList<>();
    String next = null;
    do {
      Answer page = calls.get("/api/v1/inbox?limit=" + limit + (next == null ? "" : "&after=" + next), auditor);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      JsonNode messages = page.json().path("messages");
      sizes.add(messages.size());
      messages.forEach(m -> ids.add(m.path("id").asText()));
      next = page.json().path("next").isTextual() ? page.json().path("next").asText() : null;
    } while (next != null);
    return ids;
  }

  @Test
  void anOwnerReadsTheInAppNoticeQueuedForThemInTheirLanguage() {
    String event = newId();
    PersonId dupont = PersonId.of("o-dupont");
    NotifyOutcome queued = ports.transactions().inTransaction(() -> inAppNotices.notify(new Notification(
        new NotificationKey(TILLEULS, Intent.CALL_FOR_FUNDS, "call:" + event, "issued", dupont),
        new Recipient(dupont, null, Language.FRENCH),
        Map.of("organisation", TemplateValue.text("ACP Les Tilleuls"),
            "amount", TemplateValue.amount(Money.ofMinor(Money.EUR, 25_000)),
            "dueDate", TemplateValue.date(LocalDate.of(2026, 9, 1)), "reference", TemplateValue.text(event)))));
    worker.runOnce();

    Answer inbox = calls.get("/api/v1/inbox?limit=200", DemoLogins.token(calls, "owner@tilleuls"));

    assertThat(queued).isEqualTo(NotifyOutcome.ENQUEUED);
    assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
    List<JsonNode> mine = new ArrayList<>();
    inbox.json().path("messages").forEach(m -> {
      if (m.path("payload").asText().contains(event)) {
        mine.add(m);
      }
    });
    assertThat(mine).singleElement().satisfies(m -> {
      assertThat(m.path("channel").asText()).isEqualTo("in-app");
      assertThat(m.path("kind").asText()).isEqualTo("in-app:call_for_funds");
      assertThat(m.path("payload").asText()).contains("\"language\":\"fr\"", "Bonjour", "250.00 EUR");
    });
    assertThat(calls.get("/api/v1/inbox?limit=200", auditor).body()).doesNotContain(event);
  }

  @Test
  void aPersonsInboxIsInTheirExportAndGoesWithTheirErasure() {
    String admin = DemoLogins.token(calls, "admin@tilleuls");
    String owner = "zz-inbox-" + newId();
    Answer created = calls.postJson("/api/v1/owners", "{\"id\":\"" + owner + "\",\"name\":\"Ines\"}", admin);
    String id = newId();
    deliver(TILLEULS, id, owner, Instant.parse("2026-12-01T10:00:00Z"));

    Answer export = calls.get("/api/v1/owners/" + owner + "/personal-data", admin);
    Answer erased = calls.exchange(io.micronaut.http.HttpRequest.DELETE("/api/v1/owners/" + owner + "/personal-data")
        .bearerAuth(admin));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(export.status()).as(export.body()).isEqualTo(200);
    assertThat(export.json().path("inbox").get(0).path("id").asText()).isEqualTo(id);
    assertThat(erased.status()).as(erased.body()).isBetween(200, 204);
    assertThat(inboxes.page(TILLEULS, owner, java.util.Optional.empty(), 10)).isEmpty();
  }

  @Test
  void pagesThroughTheCallersInboxNewestFirstWithACursor() {
    Instant base = Instant.parse("2030-01-01T00:00:00Z").plusSeconds(System.nanoTime() % 1_000_000 * 60);
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = newId();
      deliver(TILLEULS, id, AUDITOR, base.plusSeconds(i));
      mine.add(0, id);
    }
    String someoneElses = newId();
    deliver(TILLEULS, someoneElses, "o-dupont", base.plusSeconds(2));
    String otherOrganisations = newId();
    deliver(CAILLES, otherOrganisations, AUDITOR, base.plusSeconds(3));

    List<Integer> sizes = new ArrayList<>();
    List<String> seen = walk(2, sizes);

    assertThat(seen).doesNotHaveDuplicates().doesNotContain(someoneElses, otherOrganisations);
    assertThat(seen.stream().filter(mine::contains).toList()).containsExactlyElementsOf(mine);
    assertThat(sizes).allMatch(s -> s <= 2);
    assertThat(sizes.get(sizes.size() - 1)).isPositive(); // no empty last page: next is null on the last
  }

  @Test
  void theFirstPageHoldsTheNewestAndNamesTheNextOnlyWhenThereIsMore() {
    Instant future = Instant.parse("2100-01-01T00:00:00Z").plusSeconds(System.nanoTime() % 1_000_000 * 60);
    String newest = newId();
    deliver(TILLEULS, newest, AUDITOR, future);
    deliver(TILLEULS, newId(), AUDITOR, future.minusSeconds(1));

    Answer one = calls.get("/api/v1/inbox?limit=1", auditor);
    Answer all = calls.get("/api/v1/inbox?limit=200", auditor);

    assertThat(one.json().path("messages")).hasSize(1);
    assertThat(one.json().path("messages").get(0).path("id").asText()).isEqualTo(newest);
    assertThat(one.json().path("messages").get(0).path("kind").asText()).isEqualTo("TEST_NOTICE");
    assertThat(one.json().path("messages").get(0).path("deliveredAt").asText()).isEqualTo(future.toString());
    assertThat(one.json().path("next").isTextual()).isTrue();
    assertThat(all.json().path("messages").size()).isLessThan(200);
    assertThat(all.json().path("next").isTextual()).isFalse();
  }

  @Test
  void refusesALimitOutOfBoundsAndACursorItDidNotGiveNamingTheField() {
    Answer zero = calls.get("/api/v1/inbox?limit=0", auditor);
    Answer tooMany = calls.get("/api/v1/inbox?limit=201", auditor);
    Answer forged = calls.get("/api/v1/inbox?after=not-a-cursor", auditor);

    assertThat(zero.status()).isEqualTo(422);
    assertThat(zero.contentType()).isEqualTo("application/problem+json");
    assertThat(zero.code()).isEqualTo("INVALID_FIELD");
    assertThat(zero.json().path("field").asText()).isEqualTo("limit");
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.json().path("field").asText()).isEqualTo("limit");
    assertThat(forged.status()).isEqualTo(422);
    assertThat(forged.code()).isEqualTo("INVALID_FIELD");
    assertThat(forged.json().path("field").asText()).isEqualTo("after");
  }

  @Test
  void aMessageTheOutboxDeliversTwiceIsInTheInboxOnce() {
    String id = newId();
    Outbox.Message message = new Outbox.Message(OutboxMessageId.of(id), TILLEULS,
        new Outbox.Key("TEST_NOTICE", "entity-" + id, "event"), InAppInbox.CHANNEL, AUDITOR, "{\"n\":1}",
        Outbox.Status.CLAIMED, 1, Instant.now(), Instant.now(), null, null, null, null, null, null);

    OutboxRelay.Outcome first = inApp.deliver(message);
    OutboxRelay.Outcome second = inApp.deliver(message);

    assertThat(first).isInstanceOf(OutboxRelay.Outcome.Sent.class);
    assertThat(second).isInstanceOf(OutboxRelay.Outcome.Sent.class);
    assertThat(walk(200, new ArrayList<>()).stream().filter(id::equals)).hasSize(1);
  }
}
