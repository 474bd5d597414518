/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.outbox;

/**
 * One tick of an outbox worker: expires the messages that are no longer useful, claims a batch
 * of due messages under a lease, hands each to its channel's delivery and records the outcome
 * (sent, retried later with backoff, or dead-lettered with its reason), batch after batch while
 * the batches come full, up to a bound of rounds. A host calls it on a schedule from every
 * instance: the outbox's leases ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL) keep the workers
 * apart, so a message is never handed to two of them at once and adding instances adds capacity.
 *
 * <p>A message of a channel without a delivery is dead-lettered with the reason, where an admin
 * sees it and can replay it once the channel is configured; channels left to workers of their
 * own (WhatsApp's dispatcher) are not claimed at all.
 */
public interface DrainOutbox {
  /**
   * Drains what is due now.
   *
   * @return what this tick did, added up over its rounds
   * @throws RuntimeException when the outbox itself fails (the database is down); the messages
   *     claimed stay leased until their lease ends, then the next tick claims them again
   */
  Report drain();

  /**
   * This worker's name among the workers sharing the outbox (the claims' owner).
   *
   * @return the name, never blank
   */
  String worker();

  /**
   * What one tick did.
   *
   * @param claimed messages claimed
   * @param sent marked sent
   * @param retried scheduled again with backoff
   * @param dead dead-lettered (permanent failure, no attempt left, or no delivery for the channel)
   * @param expired expired before being claimed
   * @param lost outcomes not recorded because the lease was lost (another worker took over)
   */
  record Report(int claimed, int sent, int retried, int dead, int expired, int lost) {
    /** Nothing done. */
    public static final Report NOTHING = new Report(0, 0, 0, 0, 0, 0);

    /**
     * Whether the tick did anything worth logging (a message claimed or expired).
     *
     * @return true when a message was claimed or expired
     */
    public boolean didSomething() {
      return claimed > 0 || expired > 0;
    }
  }
}
