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
import java.util.function.Predicate;

/**
 * The default pages of the repositories, cut from the whole list for adapters that do not read a
 * page along their key: ordered by id ({@link Owners#all(OrganisationId, Optional, int)} and the
 * like, {@link #after}) or in the list's own order ({@link Expenses#ofBuilding(OrganisationId,
 * BuildingId, Optional, int)} and the like, {@link #following}, public for the default pages of
 * the out ports of other packages and for adapters that cut a page from a list of their own).
 */
public final class IdPages {
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

  /**
   * The items of {@code all}, in its order, that follow the one whose id is {@code after}, at most
   * {@code limit}: the first ones for an empty {@code after}, none when no item has that id (as
   * the adapters' pages along their index answer a cursor that is not one of theirs).
   *
   * @param <I> the id type
   * @param <A> the item type
   * @param all the whole list, in its order
   * @param after the id of the last item of the previous page, empty for the first page
   * @param id an item's id
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  public static <I, A> List<A> following(List<A> all, Optional<I> after, Function<A, I> id, int limit) {
    return following(all, after, id, item -> true, limit);
  }

  /**
   * The items of {@code all} that {@code keep} keeps, in its order, that follow the one whose id
   * is {@code after} (kept or not: the cursor may name an item no longer shown), at most {@code
   * limit}: from the first for an empty {@code after}, none when no item has that id.
   *
   * @param <I> the id type
   * @param <A> the item type
   * @param all the whole list, in its order
   * @param after the id of the last item of the previous page, empty for the first page
   * @param id an item's id
   * @param keep which items the page shows
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  public static <I, A> List<A> following(
      List<A> all, Optional<I> after, Function<A, I> id, Predicate<A> keep, int limit) {
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is not positive");
    }
    int from = 0;
    if (after.isPresent()) {
      from = all.size();
      for (int i = 0; i < all.size(); i++) {
        if (id.apply(all.get(i)).equals(after.get())) {
          from = i + 1;
          break;
        }
      }
    }
    List<A> page = new ArrayList<>();
    for (int i = from; i < all.size() && page.size() < limit; i++) {
      if (keep.test(all.get(i))) {
        page.add(all.get(i));
      }
    }
    return List.copyOf(page);
  }
}
