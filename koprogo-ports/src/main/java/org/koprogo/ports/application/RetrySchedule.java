/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed outbox message again: exponential backoff with "equal jitter", and a
 * bounded number of attempts.
 *
 * <p>After attempt {@code n} (1-based) failed, the ceiling is {@code min(max, base * 2^(n-1))};
 * the next try waits half the ceiling plus a random part of the other half, so retries spread out
 * instead of arriving together. After {@code maxAttempts} attempts the message is dead-lettered.
 *
 * @param base the first ceiling
 * @param max the largest ceiling
 * @param maxAttempts how many attempts a message gets before it is dead-lettered
 * @param jitter the random source (injected: tests pass a fixed one)
 */
public record RetrySchedule(Duration base, Duration max, int maxAttempts, Jitter jitter) {
  /**
   * Checks the schedule.
   *
   * @param base the first ceiling
   * @param max the largest ceiling
   * @param maxAttempts how many attempts a message gets before it is dead-lettered
   * @param jitter the random source (injected: tests pass a fixed one)
   * @throws IllegalArgumentException unless {@code 0 < base <= max}, or for fewer than 1 attempt
   */
  public RetrySchedule {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(jitter, "jitter");
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("0 < base <= max, not " + base + " and " + max);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts " + maxAttempts + " is not positive");
    }
  }

  /**
   * 30 s doubling up to 1 h, 8 attempts, random jitter.
   *
   * @return the schedule
   */
  public static RetrySchedule standard() {
    return new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 8, Jitter.random());
  }

  /**
   * Whether a message that failed its attempt {@code attempt} gets another one.
   *
   * @param attempt the attempt that failed, from 1
   * @return whether another attempt is allowed
   */
  public boolean allowsAnotherAfter(int attempt) {
    return attempt < maxAttempts;
  }

  /**
   * The delay after attempt {@code attempt} (1-based) failed.
   *
   * @param attempt the attempt that failed, from 1
   * @return the delay
   * @throws IllegalArgumentException for an attempt below 1
   */
  public Duration delayAfter(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt " + attempt + " is not positive");
    }
    long ceiling = base.toMillis();
    for (int i = 1; i < attempt && ceiling < max.toMillis(); i++) {
      ceiling = Math.multiplyExact(ceiling, 2);
    }
    ceiling = Math.min(ceiling, max.toMillis());
    long half = ceiling / 2;
    return Duration.ofMillis(half + jitter.upTo(ceiling - half));
  }

  /**
   * When to try again after attempt {@code attempt} failed at {@code failedAt}.
   *
   * @param failedAt when the attempt failed
   * @param attempt the attempt that failed, from 1
   * @return when to try again
   */
  public Instant retryAt(Instant failedAt, int attempt) {
    return failedAt.plus(delayAfter(attempt));
  }

  /** A source of random delays. */
  @FunctionalInterface
  public interface Jitter {
    /**
     * A number in {@code [0, bound]}.
     *
     * @param bound the upper bound, included
     * @return the number
     */
    long upTo(long bound);

    /**
     * Uniformly random.
     *
     * @return the jitter
     */
    static Jitter random() {
      return bound -> bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1);
    }

    /**
     * Always {@code fraction} of the bound, in per mille (0 = no jitter, 1000 = always the most).
     *
     * @param perMille the part of the bound, 0 to 1000
     * @return the jitter
     * @throws IllegalArgumentException outside 0 to 1000
     */
    static Jitter fixed(int perMille) {
      if (perMille < 0 || perMille > 1000) {
        throw new IllegalArgumentException("per mille " + perMille + " is not in [0, 1000]");
      }
      return bound -> Math.multiplyExact(bound, perMille) / 1000;
    }
  }
}
