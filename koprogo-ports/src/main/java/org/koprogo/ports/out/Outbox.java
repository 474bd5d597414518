/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The transactional outbox: messages that must leave the process (notifications) are written in
 * the same transaction as the change that causes them, then delivered by workers, at least once.
 *
 * <p>Life of a message: {@code PENDING} (ready from {@code availableAt}) -> {@code CLAIMED} (a
 * worker holds a lease) -> {@code SENT} (with the channel's external id), or back to {@code
 * PENDING} at a later time ({@link #markRetry}), or {@code DEAD} ({@link #deadLetter}; {@link
 * #replay} makes it {@code PENDING} again), or {@code EXPIRED} (its {@code expiresAt} passed before
 * it was sent: a reminder after its due date is useless).
 *
 * <p>Contract, for every adapter:
 *
 * <ul>
 *   <li>{@link #enqueue} joins the caller's transaction and is idempotent on {@code (organisation,
 *       key)}: enqueuing the same key again stores nothing and returns the first message's id.
 *   <li>{@link #claim} never gives the same message to two workers whose leases overlap (a
 *       database adapter uses {@code FOR UPDATE SKIP LOCKED}); a message whose lease ended
 *       without an outcome (the worker died) can be claimed again. Each claim increments {@code
 *       attempts}, which is also the lease's fencing token.
 *   <li>{@link #markSent}, {@link #markRetry} and {@link #deadLetter} act only when the lease is
 *       still the message's latest claim (same worker, same attempt) and return false otherwise
 *       (the outcome then belongs to whoever claimed it since).
 *   <li>The worker-side operations ({@link #claim}, {@link #expire}, {@link #recordDelivery})
 *       serve every organisation; the others are scoped by the caller's organisation.
 *   <li>Time comes from the adapter's {@link Clock}.
 * </ul>
 */
public interface Outbox {

  /**
   * Stores {@code message} (in the caller's transaction), once per {@code (organisation, key)}.
   *
   * @param message the message
   * @return the message stored, and whether it was new
   */
  Enqueued enqueue(NewMessage message);

  /**
   * Claims up to {@code limit} messages that are due (PENDING with {@code availableAt <= now}, or
   * CLAIMED with a lease that ended), not expired, oldest first, for {@code lease}.
   *
   * @param worker the worker's id
   * @param limit at most this many
   * @param lease how long the claim lasts
   * @return the messages claimed, each with its lease
   */
  List<Message> claim(String worker, int limit, Duration lease);

  /**
   * Claims like {@link #claim(String, int, Duration)}, only messages of the {@code channels}
   * selected: a channel's own worker (WhatsApp's dispatcher) claims its messages and leaves the
   * others to their workers. Every adapter of this library overrides it to filter in the query;
   * this default (for other implementations) claims every channel and returns the selected ones,
   * so the others stay held until their lease ends.
   *
   * @param worker the worker's id
   * @param limit at most this many
   * @param lease how long the claim lasts
   * @param channels the channels selected
   * @return the messages claimed
   */
  default List<Message> claim(String worker, int limit, Duration lease, ChannelSelection channels) {
    Objects.requireNonNull(channels, "channels");
    return claim(worker, limit, lease).stream().filter(m -> channels.includes(m.channel())).toList();
  }

  /**
   * Extends {@code lease} to {@code by} from now, atomically, if it is still this worker's (same
   * worker and attempt, still claimed): a worker calls it just before an action that must not be
   * done twice (sending), after any wait. Empty when another worker has taken the message meanwhile
   * or it was settled: the caller must then not act.
   *
   * <p>The default keeps {@code lease} as it is without checking anything: only for test doubles;
   * every store overrides it.
   *
   * @param lease the lease held
   * @param by the new duration, from now
   * @return the lease extended, or empty
   */
  default Optional<Lease> renew(Lease lease, Duration by) {
    return Optional.of(lease);
  }

  /**
   * The message was accepted by the channel, which named it {@code externalId}.
   *
   * @param lease the lease held
   * @param externalId the channel's id of the message
   * @return false when the lease was lost
   */
  boolean markSent(Lease lease, String externalId);

  /**
   * The attempt failed for {@code reason}: try again from {@code retryAt}.
   *
   * @param lease the lease held
   * @param retryAt when to try again
   * @param reason why it failed
   * @return false when the lease was lost
   */
  boolean markRetry(Lease lease, Instant retryAt, String reason);

  /**
   * The message cannot be delivered ({@code reason}): stop trying until replayed.
   *
   * @param lease the lease held
   * @param reason why it cannot be delivered
   * @return false when the lease was lost
   */
  boolean deadLetter(Lease lease, String reason);

  /**
   * Marks EXPIRED every message not yet sent (PENDING, or CLAIMED with a lease that ended) whose
   * {@code expiresAt} has passed.
   *
   * @return how many were expired
   */
  int expire();

  /**
   * The dead letters of {@code organisation}, oldest first, at most {@code limit}.
   *
   * @param organisation the tenant
   * @param limit at most this many
   * @return the dead letters
   */
  List<Message> deadLetters(OrganisationId organisation, int limit);

  /**
   * A page of the dead letters of {@code organisation}, oldest first (by creation then id): those
   * after the dead letter {@code after} (from the first when empty; none when it is not a dead
   * letter of the organisation), at most {@code limit}. A database adapter reads along an index on
   * the status and the creation and stops at the limit; this default reads every dead letter.
   *
   * @param organisation the tenant
   * @param after the last dead letter of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Message> deadLetters(OrganisationId organisation, Optional<OutboxMessageId> after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is not positive");
    }
    return IdPages.following(deadLetters(organisation, Integer.MAX_VALUE), after, Message::id, limit);
  }

  /**
   * Makes a dead letter PENDING again, available now, with its attempts reset.
   *
   * @param organisation the tenant
   * @param id the message's id
   * @return false when {@code id} is not a dead letter of {@code organisation}
   */
  boolean replay(OrganisationId organisation, OutboxMessageId id);

  /**
   * The message {@code id} of {@code organisation}.
   *
   * @param organisation the tenant
   * @param id the message's id
   * @return the message, or empty
   */
  Optional<Message> find(OrganisationId organisation, OutboxMessageId id);

  /**
   * Records what the channel reported about a sent message (a delivery receipt or a read
   * receipt), found by its external id. Receipts may arrive out of order or twice: a report
   * never replaces a further one ({@link DeliveryStatus#isFurtherThan}), so the message keeps
   * the furthest status reported.
   *
   * @param externalId the channel's id of the message
   * @param status the status reported
   * @param at when it was reported
   * @param detail the channel's detail, if any
   * @return false when no sent message has that external id
   */
  boolean recordDelivery(String externalId, DeliveryStatus status, Instant at, String detail);

  /**
   * Settles a dead letter the channel reports it accepted after all: a status report (sent,
   * delivered, read) names the message (WhatsApp's callback data) after it was dead-lettered
   * because its request's outcome was unknown. The message becomes {@code SENT} with {@code
   * externalId} at once, leaves the dead letters, is never claimed nor sent again, and keeps
   * {@code delivery} when given. Only a {@code DEAD} message changes; any other is left as it is
   * (a pending one is settled by its next claim, a sent one by {@link #recordDelivery}).
   *
   * <p>A worker-side operation (the webhook knows no organisation). The default changes nothing
   * and returns false (the message then settles when replayed): every store of this library
   * overrides it.
   *
   * @param id the message the report names
   * @param externalId the channel's id of the message
   * @param delivery the report's delivery status, or null for a report that it was sent
   * @param at when the channel made the report
   * @return true when a dead letter was settled
   */
  default boolean settleDeadLetter(OutboxMessageId id, String externalId, DeliveryStatus delivery, Instant at) {
    return false;
  }

  /**
   * What makes a message unique: the same organisation, template (or kind), entity and logical
   * event is the same message, however many times it is enqueued.
   *
   * @param kind the template or kind of message ({@code "payment_reminder"})
   * @param entity the entity it is about ({@code "ledger:E-17"})
   * @param event the logical event ({@code "due:2026-03-01"}, {@code "reminder:1"})
   */
  record Key(String kind, String entity, String event) {
    /**
     * Checks that every part is given.
     *
     * @param kind the template or kind of message ({@code "payment_reminder"})
     * @param entity the entity it is about ({@code "ledger:E-17"})
     * @param event the logical event ({@code "due:2026-03-01"}, {@code "reminder:1"})
     */
    public Key {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(event, "event");
    }
  }

  /**
   * A message to store.
   *
   * @param organisation the tenant
   * @param key what makes it unique
   * @param channel how it leaves ({@code "whatsapp"}, {@code "email"})
   * @param recipient the channel's address (a phone number): personal data, erased by GDPR
   *     erasure once the message is no longer pending
   * @param payload what to send (JSON text, the channel adapter's format)
   * @param availableAt not before this instant
   * @param expiresAt useless after this instant, or null when it never expires
   */
  record NewMessage(
      OrganisationId organisation,
      Key key,
      String channel,
      String recipient,
      String payload,
      Instant availableAt,
      Instant expiresAt) {
    /**
     * Checks that every part is given.
     *
     * @param organisation the tenant
     * @param key what makes it unique
     * @param channel how it leaves ({@code "whatsapp"}, {@code "email"})
     * @param recipient the channel's address (a phone number): personal data, erased by GDPR
     *     erasure once the message is no longer pending
     * @param payload what to send (JSON text, the channel adapter's format)
     * @param availableAt not before this instant
     * @param expiresAt useless after this instant, or null when it never expires
     */
    public NewMessage {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(availableAt, "availableAt");
    }
  }

  /**
   * The outcome of {@link #enqueue}.
   *
   * @param id the message's id (the earlier message's when a duplicate)
   * @param duplicate true when the key was already enqueued and nothing was stored
   */
  record Enqueued(OutboxMessageId id, boolean duplicate) {}

  /**
   * The channels a claim serves: only some ({@link #only}), or all but some ({@link #allBut}).
   *
   * @param names the channel names ({@code "whatsapp"}), as written in messages
   * @param excluded false: exactly these channels; true: every channel except these
   */
  record ChannelSelection(Set<String> names, boolean excluded) {
    /**
     * Copies the names.
     *
     * @param names the channel names ({@code "whatsapp"}), as written in messages
     * @param excluded false: exactly these channels; true: every channel except these
     */
    public ChannelSelection {
      names = Set.copyOf(Objects.requireNonNull(names, "names"));
    }

    /**
     * Only messages of {@code channels}.
     *
     * @param channels the channels' names
     * @return the selection
     */
    public static ChannelSelection only(String... channels) {
      return new ChannelSelection(Set.of(channels), false);
    }

    /**
     * Messages of every channel except {@code channels}.
     *
     * @param channels the channels' names left out
     * @return the selection
     */
    public static ChannelSelection allBut(Set<String> channels) {
      return new ChannelSelection(channels, true);
    }

    /**
     * Every channel.
     *
     * @return the selection
     */
    public static ChannelSelection all() {
      return new ChannelSelection(Set.of(), true);
    }

    /**
     * Whether a message of {@code channel} is selected.
     *
     * @param channel a channel's name
     * @return whether it is selected
     */
    public boolean includes(String channel) {
      return names.contains(channel) != excluded;
    }
  }

  /** Where a message is in its life. */
  enum Status {
    /** Waiting to be claimed, from its available time. */
    PENDING,
    /** Claimed by a worker, until its lease ends. */
    CLAIMED,
    /** Accepted by the channel. */
    SENT,
    /** Given up after repeated failures, until replayed. */
    DEAD,
    /** Past its expiry before it could be sent. */
    EXPIRED
  }

  /** What the channel reported after accepting a message, from the least to the furthest. */
  enum DeliveryStatus {
    /** The channel reported that delivery failed. */
    FAILED,
    /** Delivered to the recipient's device. */
    DELIVERED,
    /** Read by the recipient. */
    READ;

    /**
     * True when this status is further than {@code other} (null: nothing reported yet).
     *
     * @param other the status already recorded, or null
     * @return whether this one is further
     */
    public boolean isFurtherThan(DeliveryStatus other) {
      return other == null || compareTo(other) > 0;
    }
  }

  /**
   * A worker's hold on a claimed message.
   *
   * @param message the message
   * @param worker the worker holding it
   * @param attempt the attempt number it was claimed for (the fencing token)
   * @param until when the lease ends
   */
  record Lease(OutboxMessageId message, String worker, int attempt, Instant until) {
    /**
     * Checks that every part is given.
     *
     * @param message the message
     * @param worker the worker holding it
     * @param attempt the attempt number it was claimed for (the fencing token)
     * @param until when the lease ends
     */
    public Lease {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(worker, "worker");
      Objects.requireNonNull(until, "until");
    }
  }

  /**
   * A stored message.
   *
   * @param id its id
   * @param organisation the tenant
   * @param key what makes it unique
   * @param channel how it leaves
   * @param recipient the channel's address
   * @param payload what to send
   * @param status where it is
   * @param attempts how many times it was claimed
   * @param createdAt when it was enqueued
   * @param availableAt not before this instant
   * @param expiresAt useless after this instant, or null
   * @param lease the latest claim (worker, attempt, end) while CLAIMED, else null
   * @param externalId the channel's id once SENT, else null
   * @param lastError the last failure's reason, or null
   * @param delivery the channel's latest report after sending, or null
   * @param deliveryAt when the channel made that report, or null
   */
  record Message(
      OutboxMessageId id,
      OrganisationId organisation,
      Key key,
      String channel,
      String recipient,
      String payload,
      Status status,
      int attempts,
      Instant createdAt,
      Instant availableAt,
      Instant expiresAt,
      Lease lease,
      String externalId,
      String lastError,
      DeliveryStatus delivery,
      Instant deliveryAt) {
    /**
     * Checks that every part is given.
     *
     * @param id its id
     * @param organisation the tenant
     * @param key what makes it unique
     * @param channel how it leaves
     * @param recipient the channel's address
     * @param payload what to send
     * @param status where it is
     * @param attempts how many times it was claimed
     * @param createdAt when it was enqueued
     * @param availableAt not before this instant
     * @param expiresAt useless after this instant, or null
     * @param lease the latest claim (worker, attempt, end) while CLAIMED, else null
     * @param externalId the channel's id once SENT, else null
     * @param lastError the last failure's reason, or null
     * @param delivery the channel's latest report after sending, or null
     * @param deliveryAt when the channel made that report, or null
     */
    public Message {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(status, "status");
    }
  }
}
