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

  @Test
  void slotsAreSharedAndSpacedWhicheverInstanceTakesThem() {
    Duration second = Duration.ofSeconds(1);
    assertThat(pauses.takeSlot(Channel.WHATSAPP, NUMBER, T0, second)).isEqualTo(T0);
    assertThat(otherInstance.takeSlot(Channel.WHATSAPP, NUMBER, T0, second)).isEqualTo(T0.plusSeconds(1));
    assertThat(pauses.takeSlot(Channel.WHATSAPP, NUMBER, T0.plusMillis(500), second)).isEqualTo(T0.plusSeconds(2));
    // a later start than the next free slot: the start
    assertThat(otherInstance.takeSlot(Channel.WHATSAPP, NUMBER, T0.plusSeconds(10), second)).isEqualTo(T0.plusSeconds(10));
    assertThat(pauses.takeSlot(Channel.WHATSAPP, NUMBER, T0, second)).isEqualTo(T0.plusSeconds(11));
    // per sender and channel
    assertThat(pauses.takeSlot(Channel.WHATSAPP, "another-number", T0, second)).isEqualTo(T0);
    assertThat(pauses.takeSlot(Channel.SMS, NUMBER, T0, second)).isEqualTo(T0);
  }

  @Test
  void oneTurnPerRecipientAcrossInstancesUntilReleasedOrEnded() {
    Instant end = T0.plusSeconds(120);
    assertThat(pauses.claimRecipient(Channel.WHATSAPP, NUMBER, "r1", "a", T0, end)).isTrue();
    assertThat(otherInstance.claimRecipient(Channel.WHATSAPP, NUMBER, "r1", "b", T0, end)).isFalse();
    assertThat(otherInstance.claimRecipient(Channel.WHATSAPP, NUMBER, "r2", "b", T0, end)).isTrue();
    assertThat(otherInstance.claimRecipient(Channel.WHATSAPP, "another-number", "r1", "b", T0, end)).isTrue();
    otherInstance.releaseRecipient(Channel.WHATSAPP, NUMBER, "r1", "b"); // not b's turn: nothing
    assertThat(otherInstance.claimRecipient(Channel.WHATSAPP, NUMBER, "r1", "b", T0, end)).isFalse();
    pauses.releaseRecipient(Channel.WHATSAPP, NUMBER, "r1", "a");
    assertThat(otherInstance.claimRecipient(Channel.WHATSAPP, NUMBER, "r1", "b", T0, end)).isTrue();
    // b died with its request in flight: its turn ends at its end
    assertThat(pauses.claimRecipient(Channel.WHATSAPP, NUMBER, "r1", "a", end.minusMillis(1), end.plusSeconds(120))).isFalse();
    assertThat(pauses.claimRecipient(Channel.WHATSAPP, NUMBER, "r1", "a", end, end.plusSeconds(120))).isTrue();
  }

  @Test
  void aRecipientHoldIsSharedAndOnlyGrows() {
    pauses.holdRecipient(Channel.WHATSAPP, NUMBER, "r1", T0.plusSeconds(240));
    otherInstance.holdRecipient(Channel.WHATSAPP, NUMBER, "r1", T0.plusSeconds(60));

    assertThat(otherInstance.recipientHeldUntil(Channel.WHATSAPP, NUMBER, "r1", T0)).contains(T0.plusSeconds(240));
    assertThat(otherInstance.recipientHeldUntil(Channel.WHATSAPP, NUMBER, "r1", T0.plusSeconds(240))).isEmpty();
    assertThat(otherInstance.recipientHeldUntil(Channel.WHATSAPP, NUMBER, "r2", T0)).isEmpty();
    // a hold and a turn on the same recipient: releasing the turn keeps the hold
    assertThat(pauses.claimRecipient(Channel.WHATSAPP, NUMBER, "r1", "a", T0, T0.plusSeconds(120))).isTrue();
    pauses.releaseRecipient(Channel.WHATSAPP, NUMBER, "r1", "a");
    assertThat(pauses.recipientHeldUntil(Channel.WHATSAPP, NUMBER, "r1", T0)).contains(T0.plusSeconds(240));
    assertThat(otherInstance.claimRecipient(Channel.WHATSAPP, NUMBER, "r1", "b", T0, T0.plusSeconds(120))).isTrue();
  }
}
