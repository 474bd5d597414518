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
 */
public record Change<T>(T after, List<CoopEvent> events) {
  public Change {
    Objects.requireNonNull(after, "after");
    events = List.copyOf(events);
  }

  /** Nothing happened. */
  public static <T> Change<T> unchanged(T state) {
    return new Change<>(state, List.of());
  }

  /** True when the command changed nothing. */
  public boolean isUnchanged() {
    return events.isEmpty();
  }

  /** The events of one type, in order. */
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
