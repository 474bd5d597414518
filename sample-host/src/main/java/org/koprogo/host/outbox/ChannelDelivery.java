/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.outbox;

import org.koprogo.ports.application.OutboxRelay;
import org.koprogo.ports.out.Outbox;

/**
 * Delivers the outbox messages of one channel ({@code "whatsapp"}, {@code "email"}): a messaging
 * adapter plugged into the host as a bean. A message of a channel without a delivery is
 * dead-lettered with the reason, where an admin sees it and can replay it once the channel is
 * configured.
 */
public interface ChannelDelivery {
  /** The channel this delivery serves, as written in outbox messages. */
  String channel();

  /** Sends {@code message}; a thrown exception counts as a transient failure. */
  OutboxRelay.Outcome deliver(Outbox.Message message);

  /**
   * Whether delivering writes only to the host's own database (the in-app inboxes): the worker
   * then commits a batch's deliveries with their outcomes in one transaction. False for a channel
   * that calls another system.
   */
  default boolean writesToTheDatabaseOnly() {
    return false;
  }
}
