/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher paces, retries and waits.
 *
 * @param batchSize how many outbox messages one round claims, at least 1
 * @param lease how long a claimed message is held before another worker may take it over
 * @param messagesPerSecond the sending number's ceiling, at least 1
 * @param maxAttempts after this many claims a message that still fails transiently is
 *     dead-lettered with its last reason, at least 1
 * @param retryBase the first retry delay after a 5xx, a timeout before sending or a refused
 *     connection; doubled at each attempt
 * @param rateLimitBase the first delay after 130429 (the whole number pauses) or 131056 (this
 *     recipient only); doubled at each attempt
 * @param retryCap the longest delay between two attempts
 * @param statusWait how long a message whose request had an unknown outcome waits for a status
 *     webhook naming it; with none by then it is dead-lettered (or, only when {@code
 *     maxResendsAfterUnknown} is above 0, sent again)
 * @param maxResendsAfterUnknown how many times a message whose outcome stayed unknown (no status
 *     webhook within {@code statusWait}) is sent again before it is dead-lettered: 0 (the
 *     default) keeps delivery at most once; above 0 trades it for at least once, since the
 *     Cloud API has no idempotency key and a re-sent copy of a request it did accept is a second
 *     message
 * @param quietHours when nothing is sent, never null
 */
public record DispatchPolicy(
    int batchSize,
    Duration lease,
    int messagesPerSecond,
    int maxAttempts,
    Duration retryBase,
    Duration rateLimitBase,
    Duration retryCap,
    Duration statusWait,
    int maxResendsAfterUnknown,
    QuietHours quietHours) {
  public DispatchPolicy {
    if (batchSize < 1 || messagesPerSecond < 1 || maxAttempts < 1 || maxResendsAfterUnknown < 0) {
      throw new IllegalArgumentException("batch size, messages per second and attempts are positive");
    }
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(retryBase, "retryBase");
    Objects.requireNonNull(rateLimitBase, "rateLimitBase");
    Objects.requireNonNull(retryCap, "retryCap");
    Objects.requireNonNull(statusWait, "statusWait");
    Objects.requireNonNull(quietHours, "quietHours");
  }

  /**
   * The defaults: batches of 50, 2-minute leases, 20 messages per second, 10 attempts, retries
   * from 30 s (rate limits from 60 s) doubling up to 1 h, 15 minutes' wait for a status webhook
   * after an unknown outcome and no re-send after it (at most once), quiet from 21:00 to 08:00 in
   * Brussels.
   */
  public static DispatchPolicy defaults() {
    return new DispatchPolicy(
        50, Duration.ofMinutes(2), 20, 10, Duration.ofSeconds(30), Duration.ofSeconds(60),
        Duration.ofHours(1), Duration.ofMinutes(15), 0, QuietHours.brusselsNights());
  }

  /** The same policy with other quiet hours. */
  public DispatchPolicy withQuietHours(QuietHours hours) {
    return new DispatchPolicy(batchSize, lease, messagesPerSecond, maxAttempts, retryBase, rateLimitBase,
        retryCap, statusWait, maxResendsAfterUnknown, hours);
  }

  /** The delay before attempt {@code attempt + 1}: {@code base * 2^(attempt-1)}, at most the cap. */
  Duration backoff(Duration base, int attempt) {
    int doublings = Math.max(0, Math.min(attempt - 1, 30));
    Duration delay = base.multipliedBy(1L << doublings);
    return delay.compareTo(retryCap) > 0 ? retryCap : delay;
  }
}
