/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

/**
 * How far a sent message went, as the channel reports it. The statuses are ordered; a message
 * never goes back ({@code DELIVERED} then a late {@code SENT} stays {@code DELIVERED}).
 */
public enum DeliveryStatus {
  /** The channel accepted the message (the API answered with a message id). */
  ACCEPTED(0),
  /** The channel sent it towards the person's device. */
  SENT(1),
  /** It reached the person's device. */
  DELIVERED(2),
  /** The person opened it. */
  READ(3),
  /** The channel could not send or deliver it; final unless it was already delivered. */
  FAILED(4);

  private final int rank;

  DeliveryStatus(int rank) {
    this.rank = rank;
  }

  /**
   * Whether a message in this status moves to {@code next} when the channel reports it: only
   * forwards; {@code FAILED} never overrides {@code DELIVERED} or {@code READ}, and nothing
   * leaves {@code FAILED}.
   *
   * @param next the status reported
   * @return whether the message moves to it
   */
  public boolean advancesTo(DeliveryStatus next) {
    if (this == FAILED) {
      return false;
    }
    if (next == FAILED) {
      return this == ACCEPTED || this == SENT;
    }
    return next.rank > rank;
  }

  /**
   * Whether the message reached the person (delivered or read).
   *
   * @return whether it reached the person
   */
  public boolean reached() {
    return this == DELIVERED || this == READ;
  }
}
