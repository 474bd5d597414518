/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
 * <p>With shared {@link SendingPauses} (a table every instance reads: {@code JdbcSendingPauses})
 * and the number's id, every guard holds across processes, not only in this one: the pause after
 * a 130429, the spacing (each request takes the number's next slot from the shared store, so two
 * instances together stay under the ceiling), the one request in flight per recipient (a turn in
 * the store, which ends at the latest {@link #IN_FLIGHT_LIMIT} after it was taken, should the
 * process die mid-request) and the hold of a recipient after a 131056. Recipients are named
 * there by a SHA-256 key of the sending number's id and the recipient's number, never by the
 * number. Without shared pauses ({@link SendingPauses#none()}) each guard holds in this process.
 */
public final class SendingPace {
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration interval;
  private final SendingPauses shared;
  private final String sender;
  private final String holder = "pace-" + UUID.randomUUID();
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

  /**
   * The longest a recipient's turn lasts in the shared store: a process that died with a request
   * in flight holds the recipient no longer than this (requests time out well before).
   */
  public static final Duration IN_FLIGHT_LIMIT = Duration.ofMinutes(2);

  /** The spacing between two requests. */
  public Duration interval() {
    return interval;
  }

  /**
   * Takes the recipient's turn: false if a request to that recipient is already in flight, in
   * this process or (through the shared store) in another (the caller defers this message), true
   * otherwise; a true must be followed by {@link #release}.
   */
  public boolean tryAcquire(String recipient) {
    if (!inFlight.add(recipient)) {
      return false;
    }
    boolean taken;
    try {
      Instant now = clock.now();
      taken = shared.claimRecipient(Channel.WHATSAPP, sender, key(recipient), holder, now, now.plus(IN_FLIGHT_LIMIT));
    } catch (RuntimeException e) {
      inFlight.remove(recipient);
      throw e;
    }
    if (!taken) {
      inFlight.remove(recipient);
    }
    return taken;
  }

  /** Ends the recipient's request. */
  public void release(String recipient) {
    try {
      shared.releaseRecipient(Channel.WHATSAPP, sender, key(recipient), holder);
    } finally {
      inFlight.remove(recipient);
    }
  }

  /** After a 131056 (pair rate limit): no request to {@code recipient} before {@code until}, in any instance. */
  public void holdRecipient(String recipient, Instant until) {
    heldUntil.merge(recipient, until, (a, b) -> a.isAfter(b) ? a : b);
    shared.holdRecipient(Channel.WHATSAPP, sender, key(recipient), until);
  }

  /** When the recipient may be written to again, if a pair rate limit holds it now (here or elsewhere). */
  public Optional<Instant> recipientHeldUntil(String recipient) {
    Instant now = clock.now();
    Instant until = heldUntil.get(recipient);
    if (until != null && !until.isAfter(now)) {
      heldUntil.remove(recipient, until);
      until = null;
    }
    if (until != null) {
      return Optional.of(until);
    }
    return shared.recipientHeldUntil(Channel.WHATSAPP, sender, key(recipient), now);
  }

  /**
   * Waits for the number's next slot, then takes it: the next slot of this process, or later
   * when the slots the other instances took (in the shared store) reach beyond it.
   */
  public void awaitSlot() throws InterruptedException {
    Instant now;
    Instant local;
    synchronized (this) {
      now = clock.now();
      local = nextSlot.isAfter(now) ? nextSlot : now;
      nextSlot = local.plus(interval);
    }
    Instant slot = shared.takeSlot(Channel.WHATSAPP, sender, local, interval);
    if (slot.isAfter(local)) {
      synchronized (this) {
        Instant after = slot.plus(interval);
        if (after.isAfter(nextSlot)) {
          nextSlot = after;
        }
      }
    }
    sleeper.sleep(Duration.between(now, slot));
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

  /** The recipient's key in the shared store: a hash of the number's id and the recipient's number. */
  private String key(String recipient) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((sender + "|" + recipient).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
