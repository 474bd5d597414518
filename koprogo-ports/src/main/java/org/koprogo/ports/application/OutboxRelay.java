/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Transactions;

/**
 * Delivers the outbox: expires what is no longer useful, claims a batch under a lease, hands each
 * message to a {@link Delivery} and records the outcome (sent, retry later with backoff, or dead
 * letter after the last attempt or a permanent failure). A host runs {@link #drain(int)} (or
 * {@link #runOnce()}) on a schedule, from as many workers as it likes: the outbox's leases keep
 * them apart.
 */
public final class OutboxRelay {
  private final Outbox outbox;
  private final Clock clock;
  private final Delivery delivery;
  private final RetrySchedule schedule;
  private final String worker;
  private final int batch;
  private final Duration lease;
  private final Outbox.ChannelSelection channels;
  private final Transactions transactions;
  private final Set<String> inDatabase;

  /**
   * A relay.
   *
   * @param worker this worker's name (unique among the workers)
   * @param batch how many messages one run claims
   * @param lease how long a claim lasts (longer than one delivery takes)
   * @param outbox the outbox
   * @param clock the clock
   * @param delivery how a message is sent
   * @param schedule when failed messages are tried again
   * @throws IllegalArgumentException for a batch below 1
   */
  public OutboxRelay(
      Outbox outbox, Clock clock, Delivery delivery, RetrySchedule schedule, String worker, int batch, Duration lease) {
    this(outbox, clock, delivery, schedule, worker, batch, lease, Outbox.ChannelSelection.all());
  }

  /**
   * A relay that claims only the messages of {@code channels} (the others have workers of their
   * own).
   *
   * @param outbox the outbox
   * @param clock the clock
   * @param delivery how a message is sent
   * @param schedule when failed messages are tried again
   * @param worker this worker's name (unique among the workers)
   * @param batch how many messages one run claims
   * @param lease how long a claim lasts
   * @param channels the channels this relay serves
   * @throws IllegalArgumentException for a batch below 1
   */
  public OutboxRelay(
      Outbox outbox,
      Clock clock,
      Delivery delivery,
      RetrySchedule schedule,
      String worker,
      int batch,
      Duration lease,
      Outbox.ChannelSelection channels) {
    this.channels = Objects.requireNonNull(channels, "channels");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.worker = Objects.requireNonNull(worker, "worker");
    if (batch < 1) {
      throw new IllegalArgumentException("batch " + batch + " is not positive");
    }
    this.batch = batch;
    this.lease = Objects.requireNonNull(lease, "lease");
    this.transactions = null;
    this.inDatabase = Set.of();
  }

  private OutboxRelay(OutboxRelay relay, Transactions transactions, Set<String> inDatabase) {
    this.outbox = relay.outbox;
    this.clock = relay.clock;
    this.delivery = relay.delivery;
    this.schedule = relay.schedule;
    this.worker = relay.worker;
    this.batch = relay.batch;
    this.lease = relay.lease;
    this.channels = relay.channels;
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.inDatabase = Set.copyOf(inDatabase);
  }

  /**
   * This relay, delivering the messages of {@code channels} whose delivery writes only to the
   * outbox's own database (the in-app inboxes) a batch per transaction: each delivery and its
   * outcome commit together, one commit per batch instead of two per message. Should the batch's
   * transaction fail, its messages are delivered again one by one (a delivery is idempotent by
   * message id). Messages of other channels (HTTP, SMTP) are never delivered inside a transaction.
   *
   * @param transactions the units of work of the outbox's database
   * @param channels the channels delivered a batch per transaction
   * @return the relay
   */
  public OutboxRelay withBatchTransactions(Transactions transactions, Set<String> channels) {
    return new OutboxRelay(this, transactions, channels);
  }

  /**
   * One run; returns what happened to each message claimed.
   *
   * @return what happened to each message
   */
  public Report runOnce() {
    int expired = outbox.expire();
    List<Outbox.Message> claimed = outbox.claim(worker, batch, lease, channels);
    List<Outbox.Message> local = new ArrayList<>();
    int[] counts = new int[4];
    for (Outbox.Message message : claimed) {
      if (transactions != null && inDatabase.contains(message.channel())) {
        local.add(message);
      } else {
        tally(counts, settle(message, false));
      }
    }
    if (!local.isEmpty()) {
      int[] together = null;
      try {
        together = transactions.inTransaction(() -> {
          int[] c = new int[4];
          for (Outbox.Message message : local) {
            tally(c, settle(message, true));
          }
          return c;
        });
      } catch (RuntimeException e) {
        together = null;
      }
      if (together == null) {
        for (Outbox.Message message : local) {
          tally(counts, settle(message, false));
        }
      } else {
        for (int i = 0; i < counts.length; i++) {
          counts[i] += together[i];
        }
      }
    }
    return new Report(claimed.size(), counts[0], counts[1], counts[2], expired, counts[3]);
  }

  private static void tally(int[] counts, int settled) {
    counts[settled]++;
  }

  /**
   * Delivers one message and records its outcome: 0 sent, 1 retried, 2 dead, 3 lost (the lease
   * was lost). With {@code strict}, a delivery that throws is rethrown (its transaction is rolled
   * back and the batch delivered again one by one) instead of counting as a transient failure.
   */
  private int settle(Outbox.Message message, boolean strict) {
    Outbox.Lease held = message.lease();
    Outcome outcome;
    if (message.attempts() > schedule.maxAttempts()) {
      outcome = new Outcome.Permanent("no attempt left after " + schedule.maxAttempts());
    } else if (strict) {
      outcome = delivery.deliver(message);
    } else {
      try {
        outcome = delivery.deliver(message);
      } catch (RuntimeException e) {
        outcome = new Outcome.Transient(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    if (outcome instanceof Outcome.Sent s) {
      return outbox.markSent(held, s.externalId()) ? 0 : 3;
    } else if (outcome instanceof Outcome.Transient t && schedule.allowsAnotherAfter(message.attempts())) {
      return outbox.markRetry(held, schedule.retryAt(clock.now(), message.attempts()), t.reason()) ? 1 : 3;
    }
    String reason = outcome instanceof Outcome.Transient t ? t.reason() : ((Outcome.Permanent) outcome).reason();
    return outbox.deadLetter(held, reason) ? 2 : 3;
  }

  /**
   * Runs while the runs claim full batches (a backlog), at most {@code maxRounds} runs, so that
   * a worker keeps up with what is enqueued instead of delivering one batch per tick.
   *
   * @param maxRounds at most this many runs, positive
   * @return what the runs did, added up
   * @throws IllegalArgumentException for fewer than 1 round
   */
  public Report drain(int maxRounds) {
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds " + maxRounds + " is not positive");
    }
    Report total = new Report(0, 0, 0, 0, 0, 0);
    for (int round = 0; round < maxRounds; round++) {
      Report r = runOnce();
      total = new Report(
          total.claimed() + r.claimed(), total.sent() + r.sent(), total.retried() + r.retried(),
          total.dead() + r.dead(), total.expired() + r.expired(), total.lost() + r.lost());
      if (r.claimed() < batch) {
        break;
      }
    }
    return total;
  }

  /** Hands one message to its channel (the messaging adapter). */
  @FunctionalInterface
  public interface Delivery {
    /**
     * Sends {@code message}; a thrown exception counts as a transient failure.
     *
     * @param message the message
     * @return the outcome
     */
    Outcome deliver(Outbox.Message message);
  }

  /** What a delivery attempt came to. */
  public sealed interface Outcome {
    /**
     * Accepted by the channel, which named it {@code externalId}.
     *
     * @param externalId the channel's id of the message
     */
    record Sent(String externalId) implements Outcome {}

    /**
     * Failed for a reason that may pass (timeout, rate limit, 5xx): try again later.
     *
     * @param reason why, never personal data
     */
    record Transient(String reason) implements Outcome {}

    /**
     * Failed for good (invalid number, no consent, 4xx): dead letter at once.
     *
     * @param reason why, never personal data
     */
    record Permanent(String reason) implements Outcome {}
  }

  /**
   * What one run did.
   *
   * @param claimed messages claimed
   * @param sent marked sent
   * @param retried scheduled again
   * @param dead dead-lettered
   * @param expired expired before claiming
   * @param lost outcomes not recorded because the lease was lost (another worker took over)
   */
  public record Report(int claimed, int sent, int retried, int dead, int expired, int lost) {}
}
