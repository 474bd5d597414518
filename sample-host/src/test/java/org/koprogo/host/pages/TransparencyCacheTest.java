/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransparencyCacheTest {

  @Test
  void rendersOncePerLanguageUntilTheDataChange() {
    TransparencyCache cache = new TransparencyCache(Duration.ofMinutes(5));
    AtomicInteger renders = new AtomicInteger();

    String first = cache.page("fr", () -> "page " + renders.incrementAndGet());
    String again = cache.page("fr", () -> "page " + renders.incrementAndGet());
    String dutch = cache.page("nl", () -> "page " + renders.incrementAndGet());
    cache.invalidate();
    String afterChange = cache.page("fr", () -> "page " + renders.incrementAndGet());

    assertThat(first).isEqualTo("page 1");
    assertThat(again).isEqualTo("page 1");
    assertThat(dutch).isEqualTo("page 2");
    assertThat(afterChange).isEqualTo("page 3");
  }

  @Test
  void aZeroLifetimeCachesNothing() {
    TransparencyCache cache = new TransparencyCache(Duration.ZERO);
    AtomicInteger renders = new AtomicInteger();

    cache.page("fr", () -> "page " + renders.incrementAndGet());
    String second = cache.page("fr", () -> "page " + renders.incrementAndGet());

    assertThat(second).isEqualTo("page 2");
  }
}
