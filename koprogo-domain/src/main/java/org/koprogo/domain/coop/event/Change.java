/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of a command on an immutable aggregate: its state after, and the events the command
 * produced (audit events, timeline entries, notification intents), in order. A command that
 * changed nothing (an idempotent repeat) has no events and the same state.
 *
 * @param after the aggregate after the command, never null
 * @param events what the command produced, in order; empty when it changed nothing
 */
public record Change<T>(T after, List<CoopEvent> events) {
  /**
   * Checks the state is given and copies the events.
   *
   * @param after the aggregate after the command, never null
   * @param events what the command produced, in order; empty when it changed nothing
   */
  public Change {
    Objects.requireNonNull(after, "after");
    events = List.copyOf(events);
  }

  /**
   * Nothing happened.
   *
   * @param <T> the aggregate's type
   * @param state the aggregate, as it was
   * @return a change without events
   */
  public static <T> Change<T> unchanged(T state) {
    return new Change<>(state, List.of());
  }

  /**
   * True when the command changed nothing.
   *
   * @return whether there are no events
   */
  public boolean isUnchanged() {
    return events.isEmpty();
  }

  /**
   * The events of one type, in order.
   *
   * @param <E> the event type
   * @param type the event type
   * @return the events of that type
   */
  public <E extends CoopEvent> List<E> eventsOf(Class<E> type) {
    List<E> result = new ArrayList<>();
    for (CoopEvent e : events) {
      if (type.isInstance(e)) {
        result.add(type.cast(e));
      }
    }
    return result;
  }
}
