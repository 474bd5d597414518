/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A member's FIFO rank in the cooperative: a whole number from 1 (the first to join the queue).
 * A lower rank chooses first. Ranks are unique in a group and never reused.
 *
 * @param value the rank, at least 1 ({@code INVALID_RANK} otherwise)
 */
public record Rank(long value) implements Comparable<Rank> {
  /**
   * Checks the rank.
   *
   * @param value the place, from 1
   * @throws KoproGoException {@code INVALID_RANK} below 1
   */
  public Rank {
    if (value < 1) {
      throw KoproGoException.of(
          ErrorCode.INVALID_RANK, "rank " + value + " is not a whole number of at least 1",
          "value", value);
    }
  }

  /**
   * The rank of that place.
   *
   * @param value the place, from 1
   * @return the rank
   * @throws KoproGoException {@code INVALID_RANK} below 1
   */
  public static Rank of(long value) {
    return new Rank(value);
  }

  /**
   * True when this rank chooses before {@code other}.
   *
   * @param other another rank
   * @return whether this one is smaller
   */
  public boolean isBefore(Rank other) {
    return value < other.value;
  }

  /**
   * The rank right after this one.
   *
   * @return this rank plus one
   */
  public Rank next() {
    return new Rank(Math.addExact(value, 1));
  }

  @Override
  public int compareTo(Rank o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return "#" + value;
  }
}
