/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  private final RetrySchedule noJitter =
      new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5), 4, RetrySchedule.Jitter.fixed(1000));

  @Test
  void doublesTheDelayUpToTheMaximum() {
    assertThat(noJitter.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(noJitter.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(noJitter.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(noJitter.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(noJitter.delayAfter(60)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void jitterTakesAtMostHalfTheDelayAway() {
    RetrySchedule half = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5), 4, RetrySchedule.Jitter.fixed(0));

    assertThat(half.retryAt(Instant.parse("2026-03-01T00:00:00Z"), 2)).isEqualTo(Instant.parse("2026-03-01T00:00:30Z"));
  }

  @Test
  void allowsABoundedNumberOfAttempts() {
    assertThat(noJitter.allowsAnotherAfter(3)).isTrue();
    assertThat(noJitter.allowsAnotherAfter(4)).isFalse();
    assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(1), 3, RetrySchedule.Jitter.random()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
