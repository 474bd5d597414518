/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * What a channel adapter must remember beside the outbox to never double a message: which send
 * attempts left without a known outcome, and every status report the channel sent back.
 *
 * <p>A request whose outcome is unknown (a timeout after sending, a worker that died mid-request)
 * may have reached the channel. Its outbox message is not sent again blindly: the adapter waits
 * for a status report naming that message (by the callback data it sent) and only re-sends,
 * a bounded number of times, when none came. The journal must be as durable as the outbox (a
 * table beside it in production).
 */
public interface DeliveryJournal {

  /**
   * A request for {@code message} is about to leave, at {@code at}.
   *
   * @param message the outbox message
   * @param at when
   */
  void attemptStarted(OutboxMessageId message, Instant at);

  /**
   * The request's outcome is known (accepted, refused, never sent): nothing is pending.
   *
   * @param message the outbox message
   */
  void attemptSettled(OutboxMessageId message);

  /**
   * The request's outcome is unknown (or its worker died before knowing it).
   *
   * @param message the outbox message
   * @param at when
   * @return how many attempts of this message ended unknown so far, this one included
   */
  int attemptUnknown(OutboxMessageId message, Instant at);

  /**
   * The attempt of {@code message} that left without a known outcome, if any.
   *
   * @param message the outbox message
   * @return the unsettled attempt, or empty
   */
  Optional<Unsettled> unsettled(OutboxMessageId message);

  /**
   * Records a status report, deduplicated on {@code (externalId, status)}.
   *
   * @param receipt the report
   * @return {@code DUPLICATE} for a report already recorded, {@code STALE} for one that does not
   *     move the message forward (a late "sent" after "delivered"), {@code ADVANCED} otherwise
   */
  Recorded record(Receipt receipt);

  /**
   * The furthest status reported for the message sent as {@code message}, if any report named it.
   *
   * @param message the outbox message
   * @return the furthest report, or empty
   */
  Optional<Receipt> furthest(OutboxMessageId message);

  /**
   * An attempt without a known outcome.
   *
   * @param since when its request left
   * @param unknownOutcomes how many attempts ended unknown, 0 when the worker died before saying
   */
  record Unsettled(Instant since, int unknownOutcomes) {
    /**
     * Checks the time is given.
     *
     * @param since when its request left
     * @param unknownOutcomes how many attempts ended unknown, 0 when the worker died before saying
     */
    public Unsettled {
      Objects.requireNonNull(since, "since");
    }
  }

  /**
   * A status report from the channel.
   *
   * @param externalId the channel's message id (WhatsApp's wamid), never null
   * @param message the outbox message it names (from the callback data), if it names one
   * @param status the reported status, never null
   * @param at when the channel says it happened, never null
   * @param detail the channel's reason for a failure, empty otherwise; never null
   */
  record Receipt(String externalId, Optional<OutboxMessageId> message, DeliveryStatus status, Instant at, String detail) {
    /**
     * Checks that every part is given.
     *
     * @param externalId the channel's message id (WhatsApp's wamid), never null
     * @param message the outbox message it names (from the callback data), if it names one
     * @param status the reported status, never null
     * @param at when the channel says it happened, never null
     * @param detail the channel's reason for a failure, empty otherwise; never null
     */
    public Receipt {
      Objects.requireNonNull(externalId, "externalId");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** What {@link #record} did. */
  enum Recorded {
    /** The report was already recorded. */
    DUPLICATE,
    /** The report does not move the message forward. */
    STALE,
    /** The report moved the message forward. */
    ADVANCED
  }
}
