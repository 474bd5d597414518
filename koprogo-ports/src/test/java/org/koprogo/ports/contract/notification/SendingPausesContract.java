/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.SendingPauses;

/**
 * The contract of every {@link SendingPauses}: a pause holds its sender until its end, only
 * grows, is per channel and sender, and holds the other instances sharing the store.
 */
public abstract class SendingPausesContract {
  private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
  private static final String NUMBER = "106540352242922";

  private SendingPauses pauses;
  private SendingPauses otherInstance;

  /** Fresh pauses on an empty store. */
  protected abstract SendingPauses freshPauses();

  /** Pauses of another instance (another process) on the same store as the last fresh ones. */
  protected abstract SendingPauses otherInstance();

  @BeforeEach
  void fresh() {
    pauses = freshPauses();
    otherInstance = otherInstance();
  }

  @Test
  void holdsNoSenderThatWasNeverPaused() {
    assertThat(pauses.pausedUntil(Channel.WHATSAPP, NUMBER, T0)).isEmpty();
  }

  @Test
  void aPauseHoldsItsSenderUntilItsEnd() {
    Instant end = T0.plus(Duration.ofSeconds(60));
    pauses.pauseUntil(Channel.WHATSAPP, NUMBER, end);

    assertThat(pauses.pausedUntil(Channel.WHATSAPP, NUMBER, T0)).contains(end);
    assertThat(pauses.pausedUntil(Channel.WHATSAPP, NUMBER, end.minusMillis(1))).contains(end);
    assertThat(pauses.pausedUntil(Channel.WHATSAPP, NUMBER, end)).isEmpty();
  }

  @Test
  void aPauseOnlyGrows() {
    Instant longer = T0.plus(Duration.ofMinutes(4));
    pauses.pauseUntil(Channel.WHATSAPP, NUMBER, longer);
    pauses.pauseUntil(Channel.WHATSAPP, NUMBER, T0.plus(Duration.ofMinutes(1)));
    assertThat(pauses.pausedUntil(Channel.WHATSAPP, NUMBER, T0)).contains(longer);

    Instant later = T0.plus(Duration.ofMinutes(8));
    pauses.pauseUntil(Channel.WHATSAPP, NUMBER, later);
    assertThat(pauses.pausedUntil(Channel.WHATSAPP, NUMBER, T0)).contains(later);
  }

  @Test
  void aPauseHoldsOnlyItsSenderOnItsChannel() {
    pauses.pauseUntil(Channel.WHATSAPP, NUMBER, T0.plusSeconds(60));

    assertThat(pauses.pausedUntil(Channel.WHATSAPP, "another-number", T0)).isEmpty();
    assertThat(pauses.pausedUntil(Channel.SMS, NUMBER, T0)).isEmpty();
  }

  @Test
  void aPauseRecordedByOneInstanceHoldsTheOthers() {
    Instant end = T0.plusSeconds(240);
    otherInstance.pauseUntil(Channel.WHATSAPP, NUMBER, end);

    assertThat(pauses.pausedUntil(Channel.WHATSAPP, NUMBER, T0)).contains(end);
  }
}
