/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code account-failures} wrong logins for one user name
 * within the window, or {@code address-failures} from one client address, further logins of that
 * name (or from that address) are refused for the lockout time without checking the password,
 * whether or not the account exists, so that the answer never tells which user names exist. A
 * successful login clears its user name's failures. Kept in memory per instance (a restart
 * forgets it) and bounded: at most {@link #CAPACITY} names and addresses are followed. Thread-safe.
 */
@Singleton
public final class LoginThrottle {
  /** The most keys (names and addresses) followed at once. */
  static final int CAPACITY = 100_000;

  private record Failures(Instant windowStart, int count, Instant lockedUntil) {}

  private final int accountFailures;
  private final int addressFailures;
  private final Duration window;
  private final Duration lockout;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  @Inject
  LoginThrottle(
      @Value("${koprogo.security.login.account-failures:5}") int accountFailures,
      @Value("${koprogo.security.login.address-failures:30}") int addressFailures,
      @Value("${koprogo.security.login.window:PT15M}") Duration window,
      @Value("${koprogo.security.login.lockout:PT15M}") Duration lockout) {
    this(accountFailures, addressFailures, window, lockout, Clock.systemUTC());
  }

  LoginThrottle(int accountFailures, int addressFailures, Duration window, Duration lockout,
      Clock clock) {
    if (accountFailures < 1 || addressFailures < 1) {
      throw new IllegalArgumentException("login failure limits must be at least 1");
    }
    this.accountFailures = accountFailures;
    this.addressFailures = addressFailures;
    this.window = window;
    this.lockout = lockout;
    this.clock = clock;
  }

  /** How long the caller must wait before trying again, or empty when it may try now. */
  public Optional<Duration> waitFor(String username, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : new String[] {accountKey(username), addressKey(address)}) {
      Failures f = failures.get(key);
      if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
        Duration left = Duration.between(now, f.lockedUntil());
        wait = left.compareTo(wait) > 0 ? left : wait;
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** Records a failed login. */
  public void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() >= CAPACITY) {
      failures.values().removeIf(f -> !now.isBefore(f.windowStart().plus(window))
          && (f.lockedUntil() == null || !now.isBefore(f.lockedUntil())));
      if (failures.size() >= CAPACITY) {
        failures.clear();
      }
    }
    count(accountKey(username), accountFailures, now);
    count(addressKey(address), addressFailures, now);
  }

  /** Records a successful login: clears the user name's failures (not the address's). */
  public void succeeded(String username) {
    failures.remove(accountKey(username));
  }

  private void count(String key, int limit, Instant now) {
    failures.compute(key, (k, f) -> {
      if (f == null || !now.isBefore(f.windowStart().plus(window))) {
        f = new Failures(now, 0, f == null ? null : f.lockedUntil());
      }
      int count = f.count() + 1;
      Instant locked = count >= limit ? now.plus(lockout) : f.lockedUntil();
      return new Failures(f.windowStart(), count >= limit ? 0 : count, locked);
    });
  }

  private static String accountKey(String username) {
    return "u:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "a:" + (address == null ? "" : address);
  }
}
