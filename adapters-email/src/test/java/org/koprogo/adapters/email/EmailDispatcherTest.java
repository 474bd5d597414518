/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.DeliveryStatus;
import org.koprogo.ports.out.notification.InMemoryConsents;
import org.koprogo.ports.out.notification.InMemoryDeliveryJournal;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationKey;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.PersonId;
import org.koprogo.ports.out.notification.PhoneNumber;
import org.koprogo.ports.out.notification.Recipient;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * The email adapter against real SMTP servers started here: GreenMail, and a scripted server for
 * the refusals GreenMail does not play. The same reliability scenarios as WhatsApp: no message
 * lost (each ends sent or dead-lettered, replayable), none handed to a server twice.
 */
class EmailDispatcherTest {
  private static final OrganisationId ORG = OrganisationId.of("demo-tilleuls");
  private static final PersonId ANNE = PersonId.of("o-peeters");
  private static final PersonId BRAM = PersonId.of("o-janssens");

  private final ManualClock clock = ManualClock.at(Instant.parse("2026-04-20T08:00:00Z"));
  private final Outbox outbox = new MemoryDatabase(clock).outbox();
  private final InMemoryConsents consents = new InMemoryConsents();
  private final DeliveryJournal journal = new InMemoryDeliveryJournal();
  private final Map<PersonId, String> addresses = new LinkedHashMap<>();
  private final EmailNotifications notifications =
      new EmailNotifications(outbox, consents, (org, person) -> Optional.ofNullable(addresses.get(person)), clock);
  private GreenMail greenMail;

  @BeforeEach
  void startServer() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    consents.record(ConsentRecord.optIn(ANNE, Channel.EMAIL, clock.now(), "form 2026-01-10"));
    addresses.put(ANNE, "anne.peeters@example.org");
    addresses.put(BRAM, "bram.janssens@example.org");
  }

  @AfterEach
  void stopServer() {
    greenMail.stop();
  }

  private EmailDispatcher dispatcher(int port) {
    return new EmailDispatcher(outbox, new SmtpMailer(SmtpSettings.plain("127.0.0.1", port, "syndic@example.org")),
        journal, consents, EmailPolicy.standard(), clock, "worker-1");
  }

  private static Notification convocation(PersonId person, Language language) {
    Map<String, TemplateValue> values = new LinkedHashMap<>();
    values.put("organisation", TemplateValue.text("ACP Résidence Les Tilleuls"));
    values.put("assemblyDate", TemplateValue.date(LocalDate.of(2026, 5, 12)));
    values.put("time", TemplateValue.text("19:30"));
    values.put("place", TemplateValue.text("Salle communale"));
    return new Notification(new NotificationKey(ORG, Intent.ASSEMBLY_CONVOCATION, "ga-2026", "convened", person),
        new Recipient(person, PhoneNumber.of("+32470000001"), language), values);
  }

  private Outbox.Message only() {
    return outbox.deadLetters(ORG, 10).isEmpty()
        ? outbox.claim("peek", 1, Duration.ofSeconds(1)).get(0)
        : outbox.deadLetters(ORG, 10).get(0);
  }

  @Test
  void sendsTheConvocationInTheRecipientsLanguageWithThePdfAttached() throws Exception {
    byte[] pdf = "%PDF-1.7 demo".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    NotifyOutcome outcome = notifications.notify(convocation(ANNE, Language.FRENCH),
        EmailPayload.Attachment.of("convocation-ga-2026.pdf", "application/pdf", pdf));
    EmailDispatcher.Round round = dispatcher(greenMail.getSmtp().getPort()).dispatchOnce();

    assertThat(outcome).isEqualTo(NotifyOutcome.ENQUEUED);
    assertThat(round.sent()).isEqualTo(1);
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage m = received[0];
    assertThat(m.getSubject()).isEqualTo("Convocation à l’assemblée générale");
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo("anne.peeters@example.org");
    assertThat(m.getHeader("Content-Language")[0]).isEqualTo("fr");
    assertThat(m.getMessageID()).endsWith(".demo-tilleuls@koprogo>");
    Multipart parts = (Multipart) m.getContent();
    assertThat((String) parts.getBodyPart(0).getContent()).contains("ACP Résidence Les Tilleuls", "12 mai 2026",
        "19:30", "Salle communale", "ce courriel est votre convocation", "art. 3.87")
        .doesNotContain("voie habituelle", "lettre recommandée");
    Part file = parts.getBodyPart(1);
    assertThat(file.getFileName()).isEqualTo("convocation-ga-2026.pdf");
    assertThat(file.getContentType()).startsWith("application/pdf");
    assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
  }

  @Test
  void queuesNothingWithoutConsentOrAddressAndOnceForTheSameEvent() {
    assertThat(notifications.notify(convocation(BRAM, Language.DUTCH))).isEqualTo(NotifyOutcome.NO_CONSENT);
    addresses.remove(ANNE);
    assertThat(notifications.notify(convocation(ANNE, Language.DUTCH))).isEqualTo(NotifyOutcome.NO_CONSENT);
    addresses.put(ANNE, "anne.peeters@example.org");

    assertThat(notifications.notify(convocation(ANNE, Language.DUTCH))).isEqualTo(NotifyOutcome.ENQUEUED);
    assertThat(notifications.notify(convocation(ANNE, Language.DUTCH))).isEqualTo(NotifyOutcome.ALREADY_ENQUEUED);
    dispatcher(greenMail.getSmtp().getPort()).drain(5);

    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void waitsWhileTheServerIsDownThenDeliversOnce() throws Exception {
    int port = greenMail.getSmtp().getPort();
    greenMail.stop();
    notifications.notify(convocation(ANNE, Language.GERMAN));
    EmailDispatcher dispatcher = dispatcher(port);

    EmailDispatcher.Round down = dispatcher.dispatchOnce();
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    EmailDispatcher.Round tooEarly = dispatcher.dispatchOnce();
    clock.advance(EmailPolicy.standard().backoff(1));
    EmailDispatcher.Round up = dispatcher.dispatchOnce();
    clock.advance(Duration.ofDays(1));
    int later = dispatcher.drain(5);

    assertThat(down.deferred()).isEqualTo(1);
    assertThat(tooEarly.claimed()).isZero();
    assertThat(up.sent()).isEqualTo(1);
    assertThat(later).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("Mitteilung zur Generalversammlung");
  }

  @Test
  void retriesWhenTheServerRefusesForNowThenDeliversOnce() throws Exception {
    try (FlakySmtpServer server = new FlakySmtpServer("451", "421")) {
      notifications.notify(convocation(ANNE, Language.ENGLISH));
      EmailDispatcher dispatcher = dispatcher(server.port());

      EmailDispatcher.Round first = dispatcher.dispatchOnce();
      clock.advance(EmailPolicy.standard().backoff(1));
      EmailDispatcher.Round second = dispatcher.dispatchOnce();
      clock.advance(EmailPolicy.standard().backoff(2));
      EmailDispatcher.Round third = dispatcher.dispatchOnce();
      clock.advance(Duration.ofDays(1));
      int later = dispatcher.drain(5);

      assertThat(first.deferred()).isEqualTo(1);
      assertThat(second.deferred()).isEqualTo(1);
      assertThat(third.sent()).isEqualTo(1);
      assertThat(later).isZero();
      assertThat(server.accepted()).hasSize(1);
      assertThat(server.accepted().get(0)).contains("Subject: Notice of the general assembly");
    }
  }

  @Test
  void deadLettersWhatTheServerRefusesForGoodWithItsReply() throws Exception {
    try (FlakySmtpServer server = new FlakySmtpServer("550")) {
      notifications.notify(convocation(ANNE, Language.ENGLISH));

      EmailDispatcher.Round round = dispatcher(server.port()).dispatchOnce();

      assertThat(round.deadLettered()).isEqualTo(1);
      assertThat(outbox.deadLetters(ORG, 10)).singleElement()
          .satisfies(m -> assertThat(m.lastError()).contains("refused by the server: 550"));
    }
  }

  @Test
  void neverSendsTwiceWhenTheAnswerIsLostButKeepsTheMessageToReplay() throws Exception {
    try (FlakySmtpServer server = new FlakySmtpServer("DROP")) {
      notifications.notify(convocation(ANNE, Language.ENGLISH));
      EmailDispatcher dispatcher = dispatcher(server.port());

      EmailDispatcher.Round round = dispatcher.dispatchOnce();
      clock.advance(Duration.ofDays(1));
      int later = dispatcher.drain(5);

      assertThat(round.deadLettered()).isEqualTo(1);
      assertThat(later).isZero();
      assertThat(server.received()).hasSize(1);
      Outbox.Message dead = outbox.deadLetters(ORG, 10).get(0);
      assertThat(dead.lastError()).contains("outcome unknown");

      assertThat(outbox.replay(ORG, dead.id())).isTrue();
      dispatcher.drain(5);
      assertThat(server.accepted()).hasSize(1);
    }
  }

  @Test
  void marksSentWithoutSendingWhatTheServerAcceptedBeforeACrash() {
    Outbox.Enqueued enqueued = outbox.enqueue(new Outbox.NewMessage(ORG,
        new Outbox.Key("email:assembly_convocation", "ga-2026", "convened:o-peeters"), EmailNotifications.CHANNEL,
        "anne.peeters@example.org",
        new EmailPayload("o-peeters", "anne.peeters@example.org", "en", "s", "b", null).toJson(), clock.now(), null));
    journal.record(new DeliveryJournal.Receipt("earlier@koprogo", Optional.of(enqueued.id()), DeliveryStatus.ACCEPTED,
        clock.now(), ""));

    EmailDispatcher.Round round = dispatcher(greenMail.getSmtp().getPort()).dispatchOnce();

    assertThat(round.sent()).isEqualTo(1);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(outbox.find(ORG, enqueued.id()).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
  }

  @Test
  void deadLettersWithoutSendingWhenConsentWasWithdrawnMeanwhile() {
    notifications.notify(convocation(ANNE, Language.FRENCH));
    consents.record(ConsentRecord.optOut(ANNE, Channel.EMAIL, clock.now(), "unsubscribe link"));

    EmailDispatcher.Round round = dispatcher(greenMail.getSmtp().getPort()).dispatchOnce();

    assertThat(round.deadLettered()).isEqualTo(1);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(outbox.deadLetters(ORG, 10).get(0).lastError()).startsWith("no consent");
  }
}
