/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.outbox;

/**
 * A channel whose messages a worker of its own claims (WhatsApp's dispatcher, with its pacing and
 * its webhooks): the host's {@link OutboxWorker} leaves that channel's messages alone.
 */
public interface ChannelWorker {
  /** The channel this worker serves, as written in outbox messages. */
  String channel();
}
