/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.SendingPauses;

/**
 * Keeps a sending number under its throughput: at most {@code messagesPerSecond} requests per
 * second (evenly spaced, one every {@code 1/messagesPerSecond} s), and at most one request in
 * flight per recipient. A 130429 answer slows the number down by a pause before the next request;
 * a 131056 answer holds that one recipient for a while.
 * Time comes from the injected {@link Clock} and waiting from the injected {@link Sleeper}, so
 * tests are deterministic. Thread-safe.
 *
 * <p>The spacing and the per-recipient guard hold in this process. The pause after a 130429
 * holds across processes when the pace is given shared {@link SendingPauses} (a table every
 * instance reads before each send: {@code JdbcSendingPauses}) and the number's id: a pause one
 * instance records holds the others until its end.
 */
public final class SendingPace {
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration interval;
  private final SendingPauses shared;
  private final String sender;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();
  private Instant nextSlot = Instant.MIN;

  /**
   * @param messagesPerSecond the ceiling for the sending number, at least 1 (Cloud API numbers
   *     start at 80 per second)
   */
  public SendingPace(int messagesPerSecond, Clock clock, Sleeper sleeper) {
    this(messagesPerSecond, clock, sleeper, SendingPauses.none(), "this-process");
  }

  /**
   * A pace whose throughput pauses are shared with the other instances sending from the number.
   *
   * @param messagesPerSecond the ceiling for the sending number in this process, at least 1
   * @param shared the pauses every instance reads and records (a table in the database)
   * @param sender the sending number's id (WhatsApp's phone number id), the same in every instance
   */
  public SendingPace(int messagesPerSecond, Clock clock, Sleeper sleeper, SendingPauses shared, String sender) {
    if (messagesPerSecond < 1) {
      throw new IllegalArgumentException("at least one message per second, not " + messagesPerSecond);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.interval = Duration.ofNanos(1_000_000_000L / messagesPerSecond);
    this.shared = Objects.requireNonNull(shared, "shared");
    this.sender = Objects.requireNonNull(sender, "sender");
  }

  /** The spacing between two requests. */
  public Duration interval() {
    return interval;
  }

  /**
   * Takes the recipient's turn: false if a request to that recipient is already in flight (the
   * caller defers this message), true otherwise; a true must be followed by {@link #release}.
   */
  public boolean tryAcquire(String recipient) {
    return inFlight.add(recipient);
  }

  /** Ends the recipient's request. */
  public void release(String recipient) {
    inFlight.remove(recipient);
  }

  /** After a 131056 (pair rate limit): no request to {@code recipient} before {@code until}. */
  public void holdRecipient(String recipient, Instant until) {
    heldUntil.merge(recipient, until, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** When the recipient may be written to again, if a pair rate limit holds it now. */
  public Optional<Instant> recipientHeldUntil(String recipient) {
    Instant until = heldUntil.get(recipient);
    if (until == null) {
      return Optional.empty();
    }
    if (!until.isAfter(clock.now())) {
      heldUntil.remove(recipient, until);
      return Optional.empty();
    }
    return Optional.of(until);
  }

  /** Waits for the number's next slot, then takes it. */
  public void awaitSlot() throws InterruptedException {
    Duration wait;
    synchronized (this) {
      Instant now = clock.now();
      Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
      nextSlot = slot.plus(interval);
      wait = Duration.between(now, slot);
    }
    sleeper.sleep(wait);
  }

  /**
   * When the number may send again, if it is paused now for longer than {@code tolerance} (a
   * throughput pause after a 130429, not the normal spacing): the dispatcher then defers the
   * message instead of sleeping, so that the pause delays only this number's messages and no
   * worker sleeps through its lease.
   */
  public Optional<Instant> pausedUntil(Duration tolerance) {
    Instant now = clock.now();
    // read outside the lock: another instance's pause, recorded in the shared store
    Optional<Instant> elsewhere = shared.pausedUntil(Channel.WHATSAPP, sender, now);
    synchronized (this) {
      elsewhere.filter(until -> until.isAfter(nextSlot)).ifPresent(until -> nextSlot = until);
      return nextSlot.isAfter(now.plus(tolerance)) ? Optional.of(nextSlot) : Optional.empty();
    }
  }

  /**
   * After a throughput error: no request leaves the number before {@code pause} has passed, in
   * this process and, through the shared pauses, in the others.
   */
  public void slowDown(Duration pause) {
    Instant until = clock.now().plus(pause);
    synchronized (this) {
      if (until.isAfter(nextSlot)) {
        nextSlot = until;
      }
    }
    shared.pauseUntil(Channel.WHATSAPP, sender, until);
  }
}
