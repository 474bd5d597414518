/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.outbox;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.koprogo.ports.application.OutboxRelay;
import org.koprogo.ports.out.Outbox;

/** A channel that counts every hand-over, shared by the instances of one test JVM. */
@Singleton
@Requires(env = "two-instances")
final class CountingDelivery implements ChannelDelivery {
  static final Map<String, AtomicInteger> DELIVERED = new ConcurrentHashMap<>();

  @Override
  public String channel() {
    return "counting";
  }

  @Override
  public OutboxRelay.Outcome deliver(Outbox.Message message) {
    DELIVERED.computeIfAbsent(message.id().value(), id -> new AtomicInteger()).incrementAndGet();
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new OutboxRelay.Outcome.Sent("ext-" + message.id().value());
  }
}
