/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.koprogo.adapters.whatsapp.FakeCloudApi.AcceptedMessage;
import org.koprogo.adapters.whatsapp.FakeCloudApi.StatusEvent;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.InMemoryConsents;
import org.koprogo.ports.out.notification.InMemoryDeliveryJournal;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationAlerts;
import org.koprogo.ports.out.notification.NotificationKey;
import org.koprogo.ports.out.notification.PersonId;
import org.koprogo.ports.out.notification.PhoneNumber;
import org.koprogo.ports.out.notification.Recipient;
import org.koprogo.ports.out.notification.SendingSuspended;
import org.koprogo.ports.out.notification.TemplateValue;

/** Notifications, people and a wired adapter (fake Cloud API, fake clock, outbox) for the tests. */
final class WhatsAppFixtures {
  static final OrganisationId ACP = OrganisationId.of("acp-tilleuls");
  static final String APP_SECRET = "app-secret-for-tests";
  static final String VERIFY_TOKEN = "koprogo-verify";
  /** A Tuesday, 10:00 in Brussels: outside the quiet hours. */
  static final Instant TUESDAY_MORNING = Instant.parse("2026-03-10T09:00:00Z");

  private WhatsAppFixtures() {}

  static Recipient recipient(String person, String phone, Language language) {
    return new Recipient(PersonId.of(person), PhoneNumber.of(phone), language);
  }

  static Recipient anne() {
    return recipient("owner-anne", "+32470123456", Language.FRENCH);
  }

  /** A call for funds of 1 234,56 € due on 15 March 2026, to {@code recipient}. */
  static Notification callForFunds(Recipient recipient, String callId) {
    Map<String, TemplateValue> values = new LinkedHashMap<>();
    values.put("organisation", TemplateValue.text("ACP Les Tilleuls"));
    values.put("amount", TemplateValue.amount(Money.ofMinor(Money.EUR, 123_456)));
    values.put("dueDate", TemplateValue.date(LocalDate.of(2026, 3, 15)));
    values.put("reference", TemplateValue.text("+++090/9337/55493+++"));
    return new Notification(
        new NotificationKey(ACP, Intent.CALL_FOR_FUNDS, callId, "issued", recipient.person()), recipient, values);
  }

  /** A reminder that {@code amount} is due tomorrow, {@code due}. */
  static Notification dueTomorrow(Recipient recipient, LocalDate due) {
    Map<String, TemplateValue> values = new LinkedHashMap<>();
    values.put("organisation", TemplateValue.text("ACP Les Tilleuls"));
    values.put("amount", TemplateValue.amount(Money.ofMinor(Money.EUR, 50_000)));
    values.put("dueDate", TemplateValue.date(due));
    values.put("reference", TemplateValue.text("+++090/9337/55493+++"));
    return new Notification(
        new NotificationKey(ACP, Intent.DUE_IN_1_DAY, "call-2026-Q1", "due-" + due, recipient.person()), recipient, values);
  }

  /** Records the alerts raised. */
  static final class RecordedAlerts implements NotificationAlerts {
    final List<SendingSuspended> raised = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sendingSuspended(SendingSuspended alert) {
      raised.add(alert);
    }
  }

  /** The adapter wired to a fake Cloud API, a fake clock and an outbox. */
  static final class Harness implements AutoCloseable {
    final FakeCloudApi api;
    final FakeClock clock = new FakeClock(TUESDAY_MORNING);
    final RecordingOutbox outbox = new RecordingOutbox(clock);
    final InMemoryDeliveryJournal journal = new InMemoryDeliveryJournal();
    final InMemoryConsents consents = new InMemoryConsents();
    final RecordedAlerts alerts = new RecordedAlerts();
    final WhatsAppNotifications notifications;
    final WhatsAppWebhook webhook;
    final WebhookSignature signature = new WebhookSignature(APP_SECRET);
    final DispatchPolicy policy;
    final Duration requestTimeout;
    private final Set<String> reported = new HashSet<>();
    private final Set<String> failingRecipients = new HashSet<>();
    private int dispatchers;
    WhatsAppDispatcher dispatcher;
    SendingNumber number;

    Harness(DispatchPolicy policy, Duration requestTimeout) throws IOException {
      this(policy, requestTimeout, null);
    }

    Harness(DispatchPolicy policy, Duration requestTimeout, Outbox wrapped) throws IOException {
      this.api = new FakeCloudApi();
      this.policy = policy;
      this.requestTimeout = requestTimeout;
      this.notifications = new WhatsAppNotifications(outbox, consents, TemplateLanguages.allFour(), clock);
      this.webhook = new WhatsAppWebhook(new WebhookVerification(VERIFY_TOKEN), signature, outbox, journal);
      this.dispatcher = newDispatcher(wrapped == null ? outbox : wrapped);
    }

    static Harness standard() throws IOException {
      return new Harness(testPolicy(), Duration.ofSeconds(10));
    }

    /** Defaults, but no quiet hours and a 50 messages-per-second number. */
    static DispatchPolicy testPolicy() {
      DispatchPolicy d = DispatchPolicy.defaults();
      return new DispatchPolicy(d.batchSize(), d.lease(), 50, d.maxAttempts(), d.retryBase(), d.rateLimitBase(),
          d.retryCap(), d.statusWait(), d.maxResendsAfterUnknown(), QuietHours.none());
    }

    /** A new dispatcher (a restarted process: new client, new pace, same outbox and journal). */
    WhatsAppDispatcher newDispatcher(Outbox through) {
      WhatsAppCloudApi client = new WhatsAppCloudApi(api.config(),
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), requestTimeout);
      number = new SendingNumber(client, new SendingPace(policy.messagesPerSecond(), clock, clock));
      dispatcher = new WhatsAppDispatcher(through, SendingNumbers.single(number), journal, consents, alerts, policy,
          clock, "worker-" + (++dispatchers));
      return dispatcher;
    }

    /** A dispatcher whose client gives up waiting for an answer after {@code timeout}. */
    WhatsAppDispatcher impatientDispatcher(Duration timeout) {
      WhatsAppCloudApi client = new WhatsAppCloudApi(api.config(),
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), timeout);
      return new WhatsAppDispatcher(outbox, SendingNumbers.single(new SendingNumber(client, number.pace())), journal,
          consents, alerts, policy, clock, "impatient-worker");
    }

    void optIn(Recipient recipient) {
      consents.record(ConsentRecord.optIn(recipient.person(), Channel.WHATSAPP, clock.now().minusSeconds(86_400),
          "signed paper form, ref. " + recipient.person()));
    }

    /** Meta will report "failed" (131026) for messages to this number. */
    void unreachable(Recipient recipient) {
      failingRecipients.add(recipient.phone().digits());
    }

    /**
     * Delivers the status webhooks Meta would send for every message accepted since the last
     * call: sent then delivered (or failed), shuffled, some twice, correctly signed.
     */
    void deliverWebhooks(Random random) {
      List<StatusEvent> events = new ArrayList<>();
      for (AcceptedMessage accepted : api.accepted()) {
        if (!reported.add(accepted.wamid())) {
          continue;
        }
        long at = clock.now().getEpochSecond();
        events.add(new StatusEvent(accepted.wamid(), "sent", at, accepted.to(), accepted.callbackData()));
        String last = failingRecipients.contains(accepted.to()) ? "failed" : "delivered";
        events.add(new StatusEvent(accepted.wamid(), last, at + 1, accepted.to(), accepted.callbackData()));
        if (random.nextInt(4) == 0) {
          events.add(new StatusEvent(accepted.wamid(), "sent", at, accepted.to(), accepted.callbackData()));
        }
      }
      Collections.shuffle(events, random);
      for (int from = 0; from < events.size(); from += 3) {
        post(FakeCloudApi.statusWebhook(events.subList(from, Math.min(events.size(), from + 3))));
      }
    }

    WhatsAppWebhook.Reception post(String body) {
      byte[] raw = body.getBytes(StandardCharsets.UTF_8);
      return webhook.receive(raw, signature.sign(raw));
    }

    /** Whether every message reached an end: delivered or read, failed or dead with a reason, expired. */
    boolean settled() {
      return outbox.all().stream().allMatch(Harness::ended);
    }

    static boolean ended(Message m) {
      return switch (m.status()) {
        case DEAD -> m.lastError() != null && !m.lastError().isBlank();
        case EXPIRED -> true;
        case SENT -> m.delivery() != null;
        default -> false;
      };
    }

    /**
     * Moves the clock to the next instant a message becomes due (or a lease ends). Webhooks may
     * lag behind the answers, be shuffled and repeated, but Meta sends them within seconds: before
     * the clock jumps more than a minute, every pending one is delivered.
     */
    void advanceToNextDue() {
      advanceToNextDue(new Random(clock.now().toEpochMilli()));
    }

    void advanceToNextDue(Random random) {
      Instant next = null;
      for (Message m : outbox.all()) {
        Instant due = switch (m.status()) {
          case PENDING -> m.availableAt();
          case CLAIMED -> m.lease().until();
          default -> null;
        };
        if (due != null && (next == null || due.isBefore(next))) {
          next = due;
        }
      }
      if (next != null && next.isAfter(clock.now())) {
        if (Duration.between(clock.now(), next).compareTo(Duration.ofMinutes(1)) > 0) {
          api.awaitIdle();
          deliverWebhooks(random);
        }
        clock.advance(Duration.between(clock.now(), next));
      } else {
        clock.advance(Duration.ofSeconds(1));
      }
    }

    @Override
    public void close() {
      api.close();
    }
  }
}
