/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleProperties {
  private static final Duration BASE = Duration.ofSeconds(30);
  private static final Duration MAX = Duration.ofHours(1);

  @Test
  void aDelayStaysBetweenHalfTheCeilingAndTheCeiling() {
    qt().forAll(integers().between(1, 40), integers().between(0, 1000))
        .checkAssert((attempt, perMille) -> {
          RetrySchedule schedule = new RetrySchedule(BASE, MAX, 8, RetrySchedule.Jitter.fixed(perMille));
          long ceiling = Math.min(MAX.toMillis(), BASE.toMillis() << Math.min(attempt - 1, 20));

          long delay = schedule.delayAfter(attempt).toMillis();

          assertThat(delay).isBetween(ceiling / 2, ceiling);
        });
  }

  @Test
  void withTheSameJitterALaterAttemptNeverWaitsLess() {
    qt().forAll(integers().between(1, 40), integers().between(0, 1000))
        .checkAssert((attempt, perMille) -> {
          RetrySchedule schedule = new RetrySchedule(BASE, MAX, 8, RetrySchedule.Jitter.fixed(perMille));

          assertThat(schedule.delayAfter(attempt + 1)).isGreaterThanOrEqualTo(schedule.delayAfter(attempt));
        });
  }

  @Test
  void randomJitterStaysInItsBound() {
    qt().forAll(integers().between(0, 1_000_000))
        .checkAssert(bound -> assertThat(RetrySchedule.Jitter.random().upTo(bound)).isBetween(0L, (long) bound));
  }
}
