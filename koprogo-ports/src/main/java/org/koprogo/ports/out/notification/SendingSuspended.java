/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * Sending stopped on a channel because the channel refused our credentials: someone must renew
 * the access token; nothing is sent (and nothing is lost) until then.
 *
 * @param channel the channel, never null
 * @param code the channel's error code (WhatsApp: {@code 0} or {@code 190})
 * @param reason the channel's explanation, never null
 * @param occurredAt when it was noticed, never null
 */
public record SendingSuspended(Channel channel, int code, String reason, Instant occurredAt) {
  /**
   * Checks that every part is given.
   *
   * @param channel the channel, never null
   * @param code the channel's error code (WhatsApp: {@code 0} or {@code 190})
   * @param reason the channel's explanation, never null
   * @param occurredAt when it was noticed, never null
   */
  public SendingSuspended {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
