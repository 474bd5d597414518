/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SendingPaceTest {
  private static final Instant NOON = Instant.parse("2026-03-10T11:00:00Z");

  @Test
  void spacesRequestsEvenlyUnderTheCeiling() throws Exception {
    FakeClock clock = new FakeClock(NOON);
    SendingPace pace = new SendingPace(4, clock, clock);

    for (int i = 0; i < 9; i++) {
      pace.awaitSlot();
    }

    assertThat(clock.now()).isEqualTo(NOON.plusSeconds(2));
    assertThat(clock.sleeps()).filteredOn(d -> !d.isZero()).containsOnly(Duration.ofMillis(250));
  }

  @Test
  void doesNotWaitWhenTheNumberWasIdle() throws Exception {
    FakeClock clock = new FakeClock(NOON);
    SendingPace pace = new SendingPace(10, clock, clock);
    pace.awaitSlot();
    clock.advance(Duration.ofSeconds(5));

    pace.awaitSlot();

    assertThat(clock.now()).isEqualTo(NOON.plusSeconds(5));
  }

  @Test
  void pausesTheWholeNumberAfterAThroughputError() throws Exception {
    FakeClock clock = new FakeClock(NOON);
    SendingPace pace = new SendingPace(80, clock, clock);

    pace.slowDown(Duration.ofSeconds(30));
    pace.awaitSlot();

    assertThat(clock.now()).isEqualTo(NOON.plusSeconds(30));
  }

  @Test
  void letsOneRequestAtATimeToTheSameRecipient() {
    FakeClock clock = new FakeClock(NOON);
    SendingPace pace = new SendingPace(80, clock, clock);

    boolean first = pace.tryAcquire("32470123456");
    boolean second = pace.tryAcquire("32470123456");
    boolean other = pace.tryAcquire("32470999999");
    pace.release("32470123456");
    boolean again = pace.tryAcquire("32470123456");

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(other).isTrue();
    assertThat(again).isTrue();
  }

  @Test
  void defersNightSendsToTheMorningInBrussels() {
    QuietHours nights = QuietHours.brusselsNights();

    assertThat(nights.deferral(Instant.parse("2026-03-10T21:30:00Z")))
        .contains(Instant.parse("2026-03-11T07:00:00Z"));
    assertThat(nights.deferral(Instant.parse("2026-03-11T02:00:00Z")))
        .contains(Instant.parse("2026-03-11T07:00:00Z"));
    assertThat(nights.deferral(Instant.parse("2026-03-11T07:00:00Z"))).isEmpty();
    assertThat(nights.deferral(Instant.parse("2026-07-11T06:30:00Z"))).isEmpty();
    assertThat(nights.deferral(Instant.parse("2026-07-11T05:30:00Z")))
        .contains(Instant.parse("2026-07-11T06:00:00Z"));
  }

  @Test
  void handlesQuietHoursWithinADayAndNoneAtAll() {
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), ZoneId.of("UTC"));

    assertThat(lunch.deferral(Instant.parse("2026-03-10T12:30:00Z"))).contains(Instant.parse("2026-03-10T14:00:00Z"));
    assertThat(lunch.deferral(Instant.parse("2026-03-10T14:00:00Z"))).isEmpty();
    assertThat(QuietHours.none().contains(Instant.parse("2026-03-10T03:00:00Z"))).isFalse();
  }
}
