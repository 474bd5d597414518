/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link EmailDispatcher} claims and retries.
 *
 * @param batchSize messages claimed per round
 * @param lease how long a claim holds a message
 * @param maxAttempts attempts before a transient failure becomes a dead letter
 * @param retryBase the first retry delay, doubled at each attempt (capped at {@code retryCap})
 * @param retryCap the longest retry delay
 */
public record EmailPolicy(int batchSize, Duration lease, int maxAttempts, Duration retryBase, Duration retryCap) {
  public EmailPolicy {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(retryBase, "retryBase");
    Objects.requireNonNull(retryCap, "retryCap");
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("batch size and attempts are at least 1");
    }
  }

  /** 20 a round, 2-minute leases, 8 attempts from 1 minute doubling up to 6 hours. */
  public static EmailPolicy standard() {
    return new EmailPolicy(20, Duration.ofMinutes(2), 8, Duration.ofMinutes(1), Duration.ofHours(6));
  }

  /** The delay before attempt {@code attempt + 1}: {@code retryBase * 2^(attempt-1)}, capped. */
  public Duration backoff(int attempt) {
    int shift = Math.max(0, Math.min(attempt - 1, 30));
    Duration d = retryBase.multipliedBy(1L << shift);
    return d.compareTo(retryCap) > 0 ? retryCap : d;
  }
}
