/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.Instant;
import java.util.Optional;

/**
 * The pauses of the sending numbers, shared by every instance that sends from them: after a
 * channel's throughput limit (WhatsApp's 130429), the number sends nothing before the pause ends,
 * whichever instance received the refusal. A database adapter keeps them in a table read before
 * each send, so that the pause holds across processes, not only in the one that was refused.
 *
 * <p>A sender is named by the channel and its own id there (WhatsApp: the phone number id). A
 * pause only ever grows: recording an earlier end than the one recorded changes nothing.
 */
public interface SendingPauses {

  /**
   * Records that {@code sender} sends nothing before {@code until} (kept when later than the
   * pause recorded).
   *
   * @param channel the channel, never null
   * @param sender the sending number's id on that channel, never blank
   * @param until when it may send again, never null
   */
  void pauseUntil(Channel channel, String sender, Instant until);

  /**
   * When {@code sender} may send again, if a pause holds it after {@code now}.
   *
   * @param channel the channel, never null
   * @param sender the sending number's id on that channel
   * @param now the present
   * @return the end of the pause, or empty when it may send now
   */
  Optional<Instant> pausedUntil(Channel channel, String sender, Instant now);

  /**
   * No pause is shared: each process keeps its own (the pause of a refused instance does not hold
   * the others).
   *
   * @return pauses that record nothing and never hold a sender
   */
  static SendingPauses none() {
    return new SendingPauses() {
      @Override
      public void pauseUntil(Channel channel, String sender, Instant until) {}

      @Override
      public Optional<Instant> pausedUntil(Channel channel, String sender, Instant now) {
        return Optional.empty();
      }
    };
  }
}
