/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.coop;

import java.util.Objects;

/**
 * A cooperative aggregate as stored: its id in the organisation, the version a client names to
 * change it (a stale one is refused with {@code CONCURRENT_UPDATE}) and its state.
 *
 * @param id the aggregate's id
 * @param version its stored version, from 1
 * @param state the domain's state (a group's or project's snapshot, an allocation)
 * @param <T> the state's type
 */
public record Versioned<T>(String id, long version, T state) {
  /**
   * Checks that every part is given.
   *
   * @param id the aggregate's id
   * @param version its stored version, from 1
   * @param state the domain's state (a group's or project's snapshot, an allocation)
   */
  public Versioned {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
  }
}
