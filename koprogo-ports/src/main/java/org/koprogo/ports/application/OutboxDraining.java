/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.koprogo.ports.in.outbox.DrainOutbox;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutPorts;

/**
 * The outbox worker ({@link DrainOutbox}) on an {@link OutboxRelay}: each channel's delivery, the
 * channels left to workers of their own, and the channels whose delivery writes only to the
 * outbox's own database (the in-app inboxes), delivered a batch per transaction. Built once with
 * {@link #on(OutPorts, String)}, then called on a schedule; thread-safe as long as the deliveries
 * are.
 *
 * <pre>{@code
 * DrainOutbox worker = OutboxDraining.on(ports, OutboxDraining.uniqueWorkerName("app-1"))
 *     .deliver("email", emailDelivery)
 *     .deliverInDatabase("in-app", inAppDelivery)
 *     .leaveToItsOwnWorker("whatsapp")
 *     .build();
 * DrainOutbox.Report report = worker.drain(); // every few seconds
 * }</pre>
 */
public final class OutboxDraining implements DrainOutbox {
  /** How many messages one round claims unless told: {@value}. */
  public static final int DEFAULT_BATCH = 100;
  /** How many rounds one tick runs at most unless told: {@value}. */
  public static final int DEFAULT_MAX_ROUNDS = 1000;
  /** How long a claim lasts unless told: one minute. */
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);

  private final OutboxRelay relay;
  private final String worker;
  private final int maxRounds;

  private OutboxDraining(Builder b) {
    Map<String, OutboxRelay.Delivery> byChannel = Map.copyOf(b.deliveries);
    this.worker = b.worker;
    this.maxRounds = b.maxRounds;
    OutboxRelay plain = new OutboxRelay(b.ports.outbox(), b.ports.clock(),
        message -> deliver(byChannel, message), b.schedule, b.worker, b.batch, b.lease,
        Outbox.ChannelSelection.allBut(b.ownWorkers));
    this.relay = b.inDatabase.isEmpty() ? plain
        : plain.withBatchTransactions(b.ports.transactions(), b.inDatabase);
  }

  /**
   * Starts building the worker of {@code ports}' outbox.
   *
   * @param ports the out-ports (the outbox, its clock and its units of work)
   * @param worker this worker's name, unique among the workers sharing the outbox (see {@link
   *     #uniqueWorkerName(String)})
   * @return a builder with no delivery yet, batches of {@value #DEFAULT_BATCH}, at most {@value
   *     #DEFAULT_MAX_ROUNDS} rounds a tick, a one-minute lease and the {@link
   *     RetrySchedule#standard() standard} retries
   * @throws IllegalArgumentException for a blank worker name
   */
  public static Builder on(OutPorts ports, String worker) {
    return new Builder(ports, worker);
  }

  /**
   * A worker name unique to this process: {@code prefix/<random UUID>}.
   *
   * @param prefix what tells the instance apart in logs (its host name, for example)
   * @return the name
   */
  public static String uniqueWorkerName(String prefix) {
    return Objects.requireNonNull(prefix, "prefix") + "/" + UUID.randomUUID();
  }

  @Override
  public Report drain() {
    OutboxRelay.Report r = relay.drain(maxRounds);
    return new Report(r.claimed(), r.sent(), r.retried(), r.dead(), r.expired(), r.lost());
  }

  @Override
  public String worker() {
    return worker;
  }

  private static OutboxRelay.Outcome deliver(Map<String, OutboxRelay.Delivery> byChannel,
      Outbox.Message message) {
    OutboxRelay.Delivery delivery = byChannel.get(message.channel());
    if (delivery == null) {
      return new OutboxRelay.Outcome.Permanent(
          "no delivery is configured for channel '" + message.channel() + "'");
    }
    return delivery.deliver(message);
  }

  /** What the worker delivers and how; {@link #build()} makes it. Not thread-safe. */
  public static final class Builder {
    private final OutPorts ports;
    private final String worker;
    private final Map<String, OutboxRelay.Delivery> deliveries = new HashMap<>();
    private final Set<String> inDatabase = new HashSet<>();
    private final Set<String> ownWorkers = new HashSet<>();
    private int batch = DEFAULT_BATCH;
    private int maxRounds = DEFAULT_MAX_ROUNDS;
    private Duration lease = DEFAULT_LEASE;
    private RetrySchedule schedule = RetrySchedule.standard();

    private Builder(OutPorts ports, String worker) {
      this.ports = Objects.requireNonNull(ports, "ports");
      if (worker == null || worker.isBlank()) {
        throw new IllegalArgumentException("the worker needs a name");
      }
      this.worker = worker;
    }

    /**
     * Delivers the messages of {@code channel} with {@code delivery}, outside any transaction
     * (a channel that calls another system: SMTP, HTTP).
     *
     * @param channel the channel, as written in outbox messages
     * @param delivery how its messages are sent; a thrown exception counts as a transient failure
     * @return this builder
     * @throws IllegalArgumentException when the channel already has a delivery or its own worker
     */
    public Builder deliver(String channel, OutboxRelay.Delivery delivery) {
      claim(channel);
      deliveries.put(channel, Objects.requireNonNull(delivery, "delivery"));
      return this;
    }

    /**
     * Delivers the messages of {@code channel}, whose delivery writes only to the outbox's own
     * database (the in-app inboxes), a batch per transaction: each delivery commits with its
     * outcome, one commit per batch instead of two per message; should the batch's transaction
     * fail, its messages are delivered again one by one, so the delivery must be idempotent by
     * message id.
     *
     * @param channel the channel, as written in outbox messages
     * @param delivery how its messages are delivered
     * @return this builder
     * @throws IllegalArgumentException when the channel already has a delivery or its own worker
     */
    public Builder deliverInDatabase(String channel, OutboxRelay.Delivery delivery) {
      deliver(channel, delivery);
      inDatabase.add(channel);
      return this;
    }

    /**
     * Leaves the messages of {@code channel} to a worker of its own (WhatsApp's dispatcher, with
     * its pacing and its webhooks): this worker never claims them.
     *
     * @param channel the channel, as written in outbox messages
     * @return this builder
     * @throws IllegalArgumentException when the channel already has a delivery
     */
    public Builder leaveToItsOwnWorker(String channel) {
      claim(channel);
      ownWorkers.add(channel);
      return this;
    }

    /**
     * How many messages one round claims.
     *
     * @param messages at least 1
     * @return this builder
     * @throws IllegalArgumentException below 1
     */
    public Builder batch(int messages) {
      if (messages < 1) {
        throw new IllegalArgumentException("batch " + messages + " is not positive");
      }
      this.batch = messages;
      return this;
    }

    /**
     * How many rounds one tick runs at most while the batches come full (a backlog drains at
     * the channels' pace, not one batch per tick).
     *
     * @param rounds at least 1
     * @return this builder
     * @throws IllegalArgumentException below 1
     */
    public Builder maxRounds(int rounds) {
      if (rounds < 1) {
        throw new IllegalArgumentException("maxRounds " + rounds + " is not positive");
      }
      this.maxRounds = rounds;
      return this;
    }

    /**
     * How long a claim lasts: longer than a batch's deliveries take, or another worker claims
     * the messages again.
     *
     * @param duration positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder lease(Duration duration) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("the lease must be positive");
      }
      this.lease = duration;
      return this;
    }

    /**
     * When failed messages are tried again, and how many times.
     *
     * @param retries the schedule
     * @return this builder
     */
    public Builder retrySchedule(RetrySchedule retries) {
      this.schedule = Objects.requireNonNull(retries, "retries");
      return this;
    }

    /**
     * The worker.
     *
     * @return the worker, ready to {@link DrainOutbox#drain() drain}
     */
    public OutboxDraining build() {
      return new OutboxDraining(this);
    }

    private void claim(String channel) {
      if (channel == null || channel.isBlank()) {
        throw new IllegalArgumentException("a channel needs a name");
      }
      if (deliveries.containsKey(channel) || ownWorkers.contains(channel)) {
        throw new IllegalArgumentException("channel '" + channel + "' is configured twice");
      }
    }
  }
}
