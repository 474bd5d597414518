/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.Duration;
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
 *
 * <p>The same store keeps the sender's other guards, so that they too hold across instances:
 * its spacing ({@link #takeSlot}: the slots of its requests, at most so many per second for the
 * number, whichever instance sends), and its per-recipient guards ({@link #claimRecipient}: at
 * most one request in flight to a recipient; {@link #holdRecipient}: a recipient held after a
 * pair rate limit). A recipient is named by an opaque key (the WhatsApp adapter passes a hash of
 * the number, never the number). The defaults share nothing (each process keeps its own guards):
 * every store of this library overrides them.
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
   * Takes the sender's next sending slot, shared by every instance: the slot is {@code earliest},
   * or later when the slots taken before it (by any instance) reach beyond it; the sender's next
   * slot is then {@code interval} after the one returned. The caller waits until the slot, then
   * sends.
   *
   * <p>The default shares nothing and returns {@code earliest} (each process spaces its own
   * requests).
   *
   * @param channel the channel, never null
   * @param sender the sending number's id on that channel
   * @param earliest the earliest instant the caller may send (now, or its own next slot)
   * @param interval the spacing between two requests of the sender
   * @return the slot taken, never before {@code earliest}
   */
  default Instant takeSlot(Channel channel, String sender, Instant earliest, Duration interval) {
    return earliest;
  }

  /**
   * Takes a recipient's turn for one request: false when another holder has a request in flight
   * to it that has not ended by {@code now}; true otherwise, and the turn is then {@code
   * holder}'s until {@link #releaseRecipient} or {@code expires} (a process that died mid-request
   * no longer holds the recipient after it).
   *
   * <p>The default shares nothing and returns true.
   *
   * @param channel the channel, never null
   * @param sender the sending number's id on that channel
   * @param recipient the recipient's opaque key
   * @param holder who takes the turn (unique per process and sender)
   * @param now the present
   * @param expires when the turn ends at the latest
   * @return whether the turn was taken
   */
  default boolean claimRecipient(
      Channel channel, String sender, String recipient, String holder, Instant now, Instant expires) {
    return true;
  }

  /**
   * Ends {@code holder}'s turn for the recipient (nothing when the turn is not its own).
   *
   * <p>The default does nothing.
   *
   * @param channel the channel, never null
   * @param sender the sending number's id on that channel
   * @param recipient the recipient's opaque key
   * @param holder who took the turn
   */
  default void releaseRecipient(Channel channel, String sender, String recipient, String holder) {}

  /**
   * After a pair rate limit (WhatsApp's 131056): no request from {@code sender} to the
   * recipient before {@code until}, in any instance (kept when later than the hold recorded).
   *
   * <p>The default does nothing.
   *
   * @param channel the channel, never null
   * @param sender the sending number's id on that channel
   * @param recipient the recipient's opaque key
   * @param until when the recipient may be written to again
   */
  default void holdRecipient(Channel channel, String sender, String recipient, Instant until) {}

  /**
   * When the recipient may be written to again, if a hold recorded by any instance holds it after
   * {@code now}.
   *
   * <p>The default holds nobody.
   *
   * @param channel the channel, never null
   * @param sender the sending number's id on that channel
   * @param recipient the recipient's opaque key
   * @param now the present
   * @return the end of the hold, or empty
   */
  default Optional<Instant> recipientHeldUntil(Channel channel, String sender, String recipient, Instant now) {
    return Optional.empty();
  }

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
