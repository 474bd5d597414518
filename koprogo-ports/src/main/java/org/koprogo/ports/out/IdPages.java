/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The default pages of the repositories ordered by id ({@link Owners#all(OrganisationId, Optional,
 * int)} and the like): a page cut from the whole list, for adapters that do not read a page along
 * their key.
 */
final class IdPages {
  private IdPages() {}

  /**
   * The aggregates of {@code all} (ordered by id) whose id's text follows {@code after}'s, at most
   * {@code limit}.
   */
  static <I, A> List<A> after(List<A> all, Optional<I> after, Function<A, I> id, int limit) {
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is not positive");
    }
    String from = after.map(Object::toString).orElse(null);
    List<A> page = new ArrayList<>();
    for (A a : all) {
      if (page.size() == limit) {
        break;
      }
      if (from == null || id.apply(a).toString().compareTo(from) > 0) {
        page.add(a);
      }
    }
    return List.copyOf(page);
  }
}
