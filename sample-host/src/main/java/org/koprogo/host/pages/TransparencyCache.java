/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The transparency page as last computed, until its data changes. Computing it recounts the
 * deciding assembly from its ballots and adds up a year of books, about 65 ms of CPU at demo size
 * (docs/performance.md, JFR profile); its inputs change a few times a year. A write of the
 * association's organisation through this instance ({@link TransparencyInvalidation}) drops it at
 * once; a write through another instance shows after at most {@code koprogo.transparency.cache-ttl}
 * (30 s by default; 0 turns the cache off).
 */
@Singleton
public final class TransparencyCache {
  private final AtomicLong generation = new AtomicLong();
  private final long ttlNanos;
  private volatile Entry<Optional<TransparencyFigures>> figures;
  private final Map<String, Entry<String>> pages = new ConcurrentHashMap<>();

  TransparencyCache(@Value("${koprogo.transparency.cache-ttl:30s}") Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  /** Drops what is cached: the association's data changed. */
  public void invalidate() {
    generation.incrementAndGet();
    pages.clear();
    figures = null;
  }

  /** The figures, computed by {@code compute} when none are cached or they are stale. */
  Optional<TransparencyFigures> figures(Supplier<Optional<TransparencyFigures>> compute) {
    Entry<Optional<TransparencyFigures>> e = figures;
    if (fresh(e)) {
      return e.value();
    }
    long at = generation.get();
    Optional<TransparencyFigures> value = compute.get();
    if (ttlNanos > 0) {
      figures = new Entry<>(value, at, System.nanoTime());
    }
    return value;
  }

  /** The page rendered under {@code key} (its language), by {@code render} when not cached. */
  String page(String key, Supplier<String> render) {
    Entry<String> e = pages.get(key);
    if (fresh(e)) {
      return e.value();
    }
    long at = generation.get();
    String value = render.get();
    if (ttlNanos > 0 && at == generation.get()) {
      pages.put(key, new Entry<>(value, at, System.nanoTime()));
    }
    return value;
  }

  private boolean fresh(Entry<?> e) {
    return e != null && e.generation() == generation.get() && System.nanoTime() - e.computedAt() < ttlNanos;
  }

  private record Entry<T>(T value, long generation, long computedAt) {}
}
