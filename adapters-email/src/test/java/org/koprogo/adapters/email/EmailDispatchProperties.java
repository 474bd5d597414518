/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.InMemoryConsents;
import org.koprogo.ports.out.notification.InMemoryDeliveryJournal;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationKey;
import org.koprogo.ports.out.notification.PersonId;
import org.koprogo.ports.out.notification.PhoneNumber;
import org.koprogo.ports.out.notification.Recipient;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * Whatever a server answers, in whatever order (451, 421, 550, 250, or the answer lost): every
 * message ends sent or dead-lettered, a sent message was accepted exactly once, and no message
 * was accepted twice.
 */
class EmailDispatchProperties {
  private static final String[] ANSWERS = {"451", "421", "550", "250", "DROP"};
  private static final OrganisationId ORG = OrganisationId.of("demo-tilleuls");

  @Test
  void everyMessageEndsSentOrDeadAndNoneIsAcceptedTwice() {
    qt().withExamples(40).forAll(lists().of(integers().between(0, ANSWERS.length - 1)).ofSizeBetween(0, 8),
        integers().between(1, 3)).checkAssert((script, messages) -> run(script, messages));
  }

  private static void run(List<Integer> script, int messages) {
    String[] answers = script.stream().map(i -> ANSWERS[i]).toArray(String[]::new);
    ManualClock clock = ManualClock.at(Instant.parse("2026-04-20T08:00:00Z"));
    Outbox outbox = new MemoryDatabase(clock).outbox();
    InMemoryConsents consents = new InMemoryConsents();
    EmailNotifications notifications =
        new EmailNotifications(outbox, consents, (org, p) -> Optional.of(p.value() + "@example.org"), clock);
    try (FlakySmtpServer server = new FlakySmtpServer(answers)) {
      EmailPolicy policy = new EmailPolicy(10, Duration.ofMinutes(2), 4, Duration.ofMinutes(1), Duration.ofHours(1));
      EmailDispatcher dispatcher = new EmailDispatcher(outbox,
          new SmtpMailer(SmtpSettings.plain("127.0.0.1", server.port(), "syndic@example.org")),
          new InMemoryDeliveryJournal(), consents, policy, clock, "w");
      for (int i = 0; i < messages; i++) {
        PersonId p = PersonId.of("o-" + i);
        consents.record(ConsentRecord.optIn(p, Channel.EMAIL, clock.now(), "form"));
        notifications.notify(new Notification(new NotificationKey(ORG, Intent.MINUTES_PUBLISHED, "ga-2026", "published", p),
            new Recipient(p, PhoneNumber.of("+3247000000" + i), Language.ENGLISH),
            Map.of("organisation", TemplateValue.text("ACP"), "assemblyDate",
                TemplateValue.date(java.time.LocalDate.of(2026, 5, 12)), "where", TemplateValue.text("the portal"))));
      }

      for (int round = 0; round < 10; round++) {
        dispatcher.drain(5);
        clock.advance(Duration.ofHours(2));
      }

      List<Outbox.Message> all = outbox.claim("check", 100, Duration.ofSeconds(1));
      assertThat(all).as("nothing left to send").isEmpty();
      int sent = 0;
      for (int i = 0; i < messages; i++) {
        String to = "o-" + i + "@example.org";
        long accepted = server.accepted().stream().filter(m -> m.contains("To: " + to)).count();
        assertThat(accepted).as("copies accepted for " + to).isLessThanOrEqualTo(1);
        sent += (int) accepted;
      }
      assertThat(outbox.deadLetters(ORG, 100)).hasSize(messages - sent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
