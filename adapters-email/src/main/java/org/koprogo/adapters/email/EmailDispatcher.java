/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.Lease;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRegisters;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.DeliveryJournal.Receipt;
import org.koprogo.ports.out.notification.DeliveryStatus;
import org.koprogo.ports.out.notification.PersonId;

/**
 * Sends the emails of the {@link Outbox} over SMTP. Every message ends sent or dead-lettered with
 * a reason (none is lost: the outbox keeps it until then, and a dead letter can be replayed), and
 * none is handed to the server twice by this dispatcher:
 *
 * <ol>
 *   <li>the journal already holds the server's acceptance (the process died after the 250 but
 *       before the outbox knew): mark it sent, send nothing;
 *   <li>an earlier attempt left without a known outcome (the process died during the SMTP
 *       exchange, or the server's final answer never came): SMTP has no status report to settle
 *       it, so the message is dead-lettered ("outcome unknown") rather than risk a second copy; a
 *       person replays it after checking the mailbox;
 *   <li>the person withdrew consent: dead-letter ("no consent");
 *   <li>otherwise send: 250 → sent (the Message-ID is the external id); 4xx, or no connection →
 *       retry with backoff, dead letter after {@link EmailPolicy#maxAttempts()}; 5xx → dead
 *       letter with the server's reply.
 * </ol>
 *
 * <p>The Message-ID of a message is derived from its outbox id, the same at every attempt. Not
 * thread-safe: one dispatcher per worker thread; several share the outbox through its leases.
 */
public final class EmailDispatcher {
  private final Outbox outbox;
  private final SmtpMailer mailer;
  private final DeliveryJournal journal;
  private final ConsentRegisters consents;
  private final EmailPolicy policy;
  private final Clock clock;
  private final String worker;

  public EmailDispatcher(Outbox outbox, SmtpMailer mailer, DeliveryJournal journal, Consents consents,
      EmailPolicy policy, Clock clock, String worker) {
    this(outbox, mailer, journal, registerOf(consents), policy, clock, worker);
  }

  /**
   * A dispatcher for several organisations: consent is checked in the register of each message's
   * organisation.
   *
   * @param consents each organisation's consent register
   */
  public EmailDispatcher(Outbox outbox, SmtpMailer mailer, DeliveryJournal journal, ConsentRegisters consents,
      EmailPolicy policy, Clock clock, String worker) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.consents = Objects.requireNonNull(consents, "consents");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.worker = Objects.requireNonNull(worker, "worker");
  }

  /** What one round did. */
  public record Round(int claimed, int sent, int deferred, int deadLettered) {}

  /** Claims one batch of emails and deals with each. */
  public Round dispatchOnce() {
    List<Message> batch = outbox.claim(worker, policy.batchSize(), policy.lease(),
        Outbox.ChannelSelection.only(EmailNotifications.CHANNEL));
    int sent = 0;
    int deferred = 0;
    int dead = 0;
    for (Message message : batch) {
      if (!EmailNotifications.CHANNEL.equals(message.channel())) {
        continue;
      }
      switch (handle(message, message.lease())) {
        case SENT -> sent++;
        case DEFERRED -> deferred++;
        case DEAD -> dead++;
      }
    }
    return new Round(batch.size(), sent, deferred, dead);
  }

  /** Rounds until no email is due now (at most {@code maxRounds}); the number claimed in all. */
  public int drain(int maxRounds) {
    int claimed = 0;
    for (int i = 0; i < maxRounds; i++) {
      Round r = dispatchOnce();
      claimed += r.claimed();
      if (r.claimed() == 0) {
        break;
      }
    }
    return claimed;
  }

  /** The Message-ID of an outbox message: stable across attempts, unique per organisation. */
  public static String messageId(Message message) {
    return message.id().value() + "." + message.organisation().value() + "@koprogo";
  }

  private enum Outcome {
    SENT,
    DEFERRED,
    DEAD
  }

  private Outcome handle(Message message, Lease lease) {
    Optional<EmailPayload> read = EmailPayload.fromJson(message.payload());
    if (read.isEmpty()) {
      return dead(lease, "unreadable payload (erased, or not written by this adapter)");
    }
    EmailPayload payload = read.get();
    Optional<Receipt> receipt = journal.furthest(message.id());
    if (receipt.isPresent()) {
      outbox.markSent(lease, receipt.get().externalId());
      journal.attemptSettled(message.id());
      return Outcome.SENT;
    }
    Optional<DeliveryJournal.Unsettled> unsettled = journal.unsettled(message.id());
    if (unsettled.isPresent()) {
      Outcome o = dead(lease, "outcome unknown: an attempt began at " + unsettled.get().since()
          + " and its answer was never recorded; not sent again so as not to double it (replay after checking)");
      journal.attemptSettled(message.id()); // a replay is a person's decision: it sends again
      return o;
    }
    if (!consents.of(message.organisation()).allows(PersonId.of(payload.person()), Channel.EMAIL)) {
      return dead(lease, "no consent: " + payload.person() + " has not opted in to email or has opted out");
    }
    String id = messageId(message);
    journal.attemptStarted(message.id(), clock.now());
    SmtpResult result = mailer.send(payload, id, clock.now());
    Instant now = clock.now();
    if (result instanceof SmtpResult.Accepted) {
      // The acceptance goes to the journal first: should the process die before the outbox knows,
      // the next claim finds it there and marks the message sent instead of sending it again.
      journal.record(new Receipt(id, Optional.of(message.id()), DeliveryStatus.ACCEPTED, now, ""));
      outbox.markSent(lease, id);
      journal.attemptSettled(message.id());
      return Outcome.SENT;
    }
    if (result instanceof SmtpResult.OutcomeUnknown unknown) {
      journal.attemptUnknown(message.id(), now);
      Outcome o = dead(lease, "outcome unknown: " + unknown.reason()
          + "; not sent again so as not to double it (replay after checking)");
      journal.attemptSettled(message.id());
      return o;
    }
    journal.attemptSettled(message.id());
    if (result instanceof SmtpResult.Refused refused && refused.permanent()) {
      return dead(lease, "refused by the server: " + refused.reason());
    }
    String reason = result instanceof SmtpResult.Refused refused
        ? "refused for now: " + refused.reason()
        : "not sent: " + ((SmtpResult.NotSent) result).reason();
    if (lease.attempt() >= policy.maxAttempts()) {
      return dead(lease, reason + " (gave up after " + lease.attempt() + " attempts)");
    }
    outbox.markRetry(lease, now.plus(policy.backoff(lease.attempt())), reason);
    return Outcome.DEFERRED;
  }

  private static ConsentRegisters registerOf(Consents consents) {
    Objects.requireNonNull(consents, "consents");
    return organisation -> consents;
  }

  private Outcome dead(Lease lease, String reason) {
    outbox.deadLetter(lease, reason);
    return Outcome.DEAD;
  }
}
