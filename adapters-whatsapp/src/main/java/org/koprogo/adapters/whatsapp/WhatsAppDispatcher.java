/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.ChannelSelection;
import org.koprogo.ports.out.Outbox.Lease;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.DeliveryJournal.Receipt;
import org.koprogo.ports.out.notification.DeliveryJournal.Unsettled;
import org.koprogo.ports.out.notification.DeliveryStatus;
import org.koprogo.ports.out.notification.NotificationAlerts;
import org.koprogo.ports.out.notification.SendingSuspended;

/**
 * Sends the WhatsApp messages of the {@link Outbox}: claims a batch, and for each message either
 * sends it, defers it, or dead-letters it with a reason. Every message ends sent (then delivered,
 * read or failed as the status webhooks say) or dead-lettered with a reason; none is lost (the
 * outbox keeps it until one of those) and none is accepted twice by the Cloud API (at most once):
 * a request whose outcome is unknown is never sent again by the dispatcher; a status webhook
 * naming it marks it sent, and with none within {@link DispatchPolicy#statusWait()} it is
 * dead-lettered with the reason {@code outcome unknown} for an operator to check and replay
 * (unless {@link DispatchPolicy#maxResendsAfterUnknown()} is set above 0, which trades this for
 * at least once).
 *
 * <p>Decisions, per claimed message:
 *
 * <ol>
 *   <li>a status webhook already named it (an earlier attempt reached Meta): mark it sent with
 *       that wamid, and record its furthest status; nothing is sent;
 *   <li>an earlier attempt has no known outcome: wait for a webhook until {@code statusWait} has
 *       passed, then dead-letter it (or send again, only if {@code maxResendsAfterUnknown}
 *       allows);
 *   <li>the person withdrew consent: dead-letter ("no consent"), nothing is sent;
 *   <li>quiet hours: defer to their end;
 *   <li>the recipient is held after a 131056, or another request to it is in flight: defer;
 *   <li>otherwise wait for the number's slot and send, then act on the result: accepted → sent;
 *       130429 → whole number pauses, retry with backoff; 131056 → retry with backoff;
 *       131026, 132000, 132001 and other 4xx → dead letter with the reason; 0 and 190 → the
 *       message waits, sending from that number stops and an alert is raised (until
 *       {@link SendingNumber#resume()}); 5xx and refused connections →
 *       retry with backoff, dead letter after {@code maxAttempts}; unknown outcome → wait for a
 *       webhook.
 * </ol>
 *
 * <p>Each organisation's messages leave from its own {@link SendingNumber} ({@link
 * SendingNumbers}); an organisation without one has its messages dead-lettered.
 *
 * <p>Not thread-safe: run one dispatcher per worker thread (several workers, in one process or
 * many, share the outbox safely through its leases; the workers of a process share the same
 * {@link SendingNumber}s, hence their paces).
 */
public final class WhatsAppDispatcher {
  private final Outbox outbox;
  private final SendingNumbers numbers;
  private final DeliveryJournal journal;
  private final Consents consents;
  private final NotificationAlerts alerts;
  private final DispatchPolicy policy;
  private final Clock clock;
  private final String worker;

  /**
   * @param outbox the outbox shared with {@link WhatsAppNotifications}, never null
   * @param numbers the number each organisation sends from, never null
   * @param journal unsettled attempts and status reports (shared with {@link WhatsAppWebhook})
   * @param consents the consent register, checked again before each request
   * @param alerts where a suspended number is reported
   * @param policy batches, retries and waits
   * @param clock the time
   * @param worker this worker's name, unique among the workers sharing the outbox
   */
  public WhatsAppDispatcher(
      Outbox outbox,
      SendingNumbers numbers,
      DeliveryJournal journal,
      Consents consents,
      NotificationAlerts alerts,
      DispatchPolicy policy,
      Clock clock,
      String worker) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.numbers = Objects.requireNonNull(numbers, "numbers");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.consents = Objects.requireNonNull(consents, "consents");
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.worker = Objects.requireNonNull(worker, "worker");
  }

  /**
   * What one round did.
   *
   * @param suspended whether a message met a suspended number in this round
   */
  public record Round(int claimed, int sent, int deferred, int deadLettered, boolean suspended) {}

  /**
   * Expires what is past its use (a payment reminder after its due date), then claims one batch
   * and deals with each of its messages.
   *
   * @throws InterruptedException if interrupted while waiting for a slot; the messages not dealt
   *     with stay claimed until their lease ends, then another round takes them
   */
  public Round dispatchOnce() throws InterruptedException {
    outbox.expire();
    List<Message> batch =
        outbox.claim(worker, policy.batchSize(), policy.lease(), ChannelSelection.only(WhatsAppNotifications.CHANNEL));
    int sent = 0;
    int deferred = 0;
    int dead = 0;
    boolean metSuspended = false;
    for (Message message : batch) {
      if (!WhatsAppNotifications.CHANNEL.equals(message.channel())) {
        continue; // only with an Outbox whose filtered claim is the port's default
      }
      Lease lease = message.lease();
      Optional<SendingNumber> number = numbers.of(message.organisation());
      if (number.isEmpty()) {
        dead(lease, "no WhatsApp number configured for organisation " + message.organisation());
        dead++;
        continue;
      }
      Optional<SendingSuspended> suspension = number.get().suspension();
      if (suspension.isPresent()) {
        retry(lease, clock.now().plus(policy.retryBase()), "sending suspended: " + suspension.get().reason());
        deferred++;
        metSuspended = true;
        continue;
      }
      switch (handle(message, lease, number.get())) {
        case SENT -> sent++;
        case DEFERRED -> deferred++;
        case DEAD -> dead++;
        case LOST -> deferred++;
      }
      metSuspended |= number.get().suspension().isPresent();
    }
    return new Round(batch.size(), sent, deferred, dead, metSuspended);
  }

  /**
   * Rounds until no message is due now (at most {@code maxRounds}).
   *
   * @return the number of messages claimed in all
   */
  public int drain(int maxRounds) throws InterruptedException {
    int claimed = 0;
    for (int i = 0; i < maxRounds; i++) {
      Round round = dispatchOnce();
      claimed += round.claimed();
      if (round.claimed() == 0) {
        break;
      }
    }
    return claimed;
  }

  private enum Outcome {
    SENT,
    DEFERRED,
    DEAD,
    /** The lease was lost before sending (another worker holds the message): nothing done. */
    LOST
  }

  private static final System.Logger LOG = System.getLogger(WhatsAppDispatcher.class.getName());

  /** The longest a worker waits for its number's slot; a longer pause defers the message. */
  private static final Duration MAX_SLOT_WAIT = Duration.ofSeconds(1);

  private Outcome handle(Message message, Lease lease, SendingNumber number) throws InterruptedException {
    SendingPace pace = number.pace();
    Optional<WhatsAppPayload> read = WhatsAppPayload.fromJson(message.payload());
    if (read.isEmpty()) {
      return dead(lease, "unreadable payload (erased, or not written by this adapter)");
    }
    WhatsAppPayload payload = read.get();
    TemplateMessage request;
    try {
      request = payload.message(message.id().value());
    } catch (IllegalArgumentException e) {
      return dead(lease, "invalid payload: " + e.getMessage());
    }
    Optional<Receipt> receipt = journal.furthest(message.id());
    if (receipt.isPresent()) {
      return reconcile(message, lease, receipt.get());
    }
    Instant now = clock.now();
    Optional<Unsettled> unsettled = journal.unsettled(message.id());
    if (unsettled.isPresent()) {
      int unknowns = unsettled.get().unknownOutcomes();
      if (unknowns == 0) {
        unknowns = journal.attemptUnknown(message.id(), unsettled.get().since());
      }
      Instant waitUntil = unsettled.get().since().plus(policy.statusWait());
      if (now.isBefore(waitUntil)) {
        return retry(lease, waitUntil, "outcome unknown: waiting for a status webhook until " + waitUntil);
      }
      if (unknowns > policy.maxResendsAfterUnknown()) {
        // At most once: the Cloud API may have accepted the request (it has no idempotency key
        // and no look-up by our id). The attempt is settled so that an operator's replay sends
        // it, and a status webhook that comes later still names it (the next claim marks it
        // sent instead of sending).
        journal.attemptSettled(message.id());
        LOG.log(System.Logger.Level.WARNING, "message " + message.id().value() + ": outcome unknown"
            + " and no status webhook by " + waitUntil + "; dead-lettered, not sent again");
        return dead(lease, "outcome unknown after " + unknowns + " attempt(s) and no status webhook"
            + " by " + waitUntil + "; not sent again so as not to double it (the recipient may have"
            + " it: replay only after checking)");
      }
    }
    if (!consents.allows(payload.person(), Channel.WHATSAPP)) {
      journal.attemptSettled(message.id());
      return dead(lease, "no consent: " + payload.person() + " has not opted in to WhatsApp or has opted out");
    }
    Optional<Instant> quiet = policy.quietHours().deferral(now);
    if (quiet.isPresent()) {
      return retry(lease, quiet.get(), "quiet hours until " + quiet.get());
    }
    Optional<Instant> held = pace.recipientHeldUntil(payload.to());
    if (held.isPresent()) {
      return retry(lease, held.get(), "pair rate limit: this recipient is held until " + held.get());
    }
    Optional<Instant> paused = pace.pausedUntil(MAX_SLOT_WAIT);
    if (paused.isPresent()) {
      return retry(lease, paused.get(),
          "the sending number is paused after a throughput limit until " + paused.get());
    }
    if (!pace.tryAcquire(payload.to())) {
      return retry(lease, now.plus(pace.interval()), "another message to this recipient is in flight");
    }
    SendResult result;
    Lease current;
    try {
      pace.awaitSlot();
      // awaitSlot may have slept through the number's pause (minutes after a 429): the lease may
      // have ended and another worker taken the message. Renew it atomically, or do not send.
      Optional<Lease> renewed = outbox.renew(lease, policy.lease());
      if (renewed.isEmpty()) {
        LOG.log(System.Logger.Level.WARNING, "message " + message.id().value()
            + ": lease lost while waiting to send (another worker holds it); not sent here");
        return Outcome.LOST;
      }
      current = renewed.get();
      journal.attemptStarted(message.id(), clock.now());
      result = number.api().send(request);
    } finally {
      pace.release(payload.to());
    }
    return act(message, current, result, number);
  }

  private Outcome act(Message message, Lease lease, SendResult result, SendingNumber number) {
    SendingPace pace = number.pace();
    Instant now = clock.now();
    int attempt = lease.attempt();
    if (result instanceof SendResult.Accepted accepted) {
      // The wamid goes to the journal first: should the process die before the outbox knows, the
      // next claim finds it there and marks the message sent instead of sending it again.
      journal.record(new Receipt(accepted.wamid(), Optional.of(message.id()), DeliveryStatus.ACCEPTED, now, ""));
      if (!outbox.markSent(lease, accepted.wamid())) {
        LOG.log(System.Logger.Level.WARNING, "message " + message.id().value() + " was sent ("
            + accepted.wamid() + ") but its lease was lost: the outbox refused the late outcome;"
            + " the journal keeps the wamid so that the next claim marks it sent, not sends again");
      }
      // A webhook can beat the answer: what it reported could not be recorded on an unsent message.
      journal.furthest(message.id()).ifPresent(receipt -> WhatsAppWebhook.forward(outbox, receipt));
      journal.attemptSettled(message.id());
      return Outcome.SENT;
    }
    if (result instanceof SendResult.OutcomeUnknown unknown) {
      int unknowns = journal.attemptUnknown(message.id(), now);
      Instant waitUntil = now.plus(policy.statusWait());
      return retry(lease, waitUntil, "outcome unknown (" + unknowns + "): " + unknown.reason()
          + "; waiting for a status webhook until " + waitUntil);
    }
    journal.attemptSettled(message.id());
    if (result instanceof SendResult.NotSent notSent) {
      return transientFailure(lease, attempt, "not sent: " + notSent.reason());
    }
    CloudApiError error = ((SendResult.Refused) result).error();
    return switch (error.disposition()) {
      case RATE_LIMITED -> {
        Duration delay = policy.backoff(policy.rateLimitBase(), attempt);
        pace.slowDown(delay);
        yield retry(lease, now.plus(delay), error.reason());
      }
      case RECIPIENT_RATE_LIMITED -> {
        Instant until = now.plus(policy.backoff(policy.rateLimitBase(), attempt));
        pace.holdRecipient(payload(message).to(), until);
        yield retry(lease, until, error.reason());
      }
      case PERMANENT -> dead(lease, error.reason());
      case RETRY -> transientFailure(lease, attempt, error.reason());
      case STOP_SENDING -> {
        SendingSuspended why = new SendingSuspended(Channel.WHATSAPP, error.code(), error.reason(), now);
        number.suspend(why);
        alerts.sendingSuspended(why);
        yield retry(lease, now.plus(policy.retryBase()), "sending suspended: " + error.reason());
      }
    };
  }

  private static WhatsAppPayload payload(Message message) {
    return WhatsAppPayload.fromJson(message.payload()).orElseThrow();
  }

  private Outcome transientFailure(Lease lease, int attempt, String reason) {
    if (attempt >= policy.maxAttempts()) {
      return dead(lease, reason + " (gave up after " + attempt + " attempts)");
    }
    return retry(lease, clock.now().plus(policy.backoff(policy.retryBase(), attempt)), reason);
  }

  /** An earlier attempt reached Meta (a status webhook says so): record it, send nothing. */
  private Outcome reconcile(Message message, Lease lease, Receipt receipt) {
    outbox.markSent(lease, receipt.externalId());
    WhatsAppWebhook.forward(outbox, receipt);
    journal.attemptSettled(message.id());
    return Outcome.SENT;
  }

  private Outcome retry(Lease lease, Instant at, String reason) {
    if (!outbox.markRetry(lease, at, reason)) {
      LOG.log(System.Logger.Level.WARNING, "message " + lease.message().value()
          + ": late outcome refused (lease lost): " + reason);
    }
    return Outcome.DEFERRED;
  }

  private Outcome dead(Lease lease, String reason) {
    if (!outbox.deadLetter(lease, reason)) {
      LOG.log(System.Logger.Level.WARNING, "message " + lease.message().value()
          + ": late outcome refused (lease lost): " + reason);
    }
    return Outcome.DEAD;
  }
}
