/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.Duration;

/** Waiting, as a port: the real one sleeps, a test's one advances a fake clock. */
@FunctionalInterface
public interface Sleeper {

  /** Waits for {@code duration} (nothing for zero or negative). */
  void sleep(Duration duration) throws InterruptedException;

  /** Sleeps the current thread. */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
