/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.exchange;

/**
 * A neighbour's participation in the local exchange, from the number of completed exchanges
 * they took part in (as provider or receiver): none, 1 to 4, 5 to 19, 20 and more.
 */
public enum ParticipationLevel {
  /** No completed exchange yet. */
  NEWCOMER(0),
  /** From 1 completed exchange. */
  CONTRIBUTOR(1),
  /** From 5 completed exchanges. */
  REGULAR(5),
  /** From 20 completed exchanges. */
  PILLAR(20);

  private final int from;

  ParticipationLevel(int from) {
    this.from = from;
  }

  /**
   * The number of completed exchanges from which the level starts.
   *
   * @return the threshold
   */
  public int from() {
    return from;
  }

  /**
   * The level for {@code completed} exchanges.
   *
   * @param completed completed exchanges
   * @return the level
   */
  public static ParticipationLevel of(long completed) {
    ParticipationLevel level = NEWCOMER;
    for (ParticipationLevel l : values()) {
      if (completed >= l.from) {
        level = l;
      }
    }
    return level;
  }
}
