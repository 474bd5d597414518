/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Optional;
import java.util.function.Function;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The bounds of a paged read: a limit of 1 to 1000 (100 by default) and an id to start after. The
 * use cases of every package check a page's bounds here, so that every list refuses them alike.
 */
public final class Pages {
  /** The page size when none is given. */
  public static final int DEFAULT = 100;
  /** The largest page size. */
  public static final int MAX = 1000;

  private Pages() {}

  /**
   * {@code limit}, or 100 when null.
   *
   * @param limit the requested page size, null for the default
   * @return the page size
   * @throws KoproGoException {@code INVALID_FIELD} naming {@code limit} out of 1 to 1000
   */
  public static int limit(Integer limit) {
    int n = limit == null ? DEFAULT : limit;
    if (n < 1 || n > MAX) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "limit " + n + " is not between 1 and " + MAX,
          "field", "limit", "value", String.valueOf(n));
    }
    return n;
  }

  /**
   * The id to read after, empty for the first page.
   *
   * @param <I> the id type
   * @param after the last id of the previous page, null for the first page
   * @param what the id in the message ({@code "an owner id"})
   * @param id the typed id of a text
   * @return the typed id, or empty
   * @throws KoproGoException {@code INVALID_FIELD} naming {@code after} when blank or longer than
   *     100 characters
   */
  public static <I> Optional<I> after(String after, String what, Function<String, I> id) {
    return after(after, 100, what, id);
  }

  /**
   * The id to read after, empty for the first page, for ids longer than 100 characters (a bank
   * line's identity).
   *
   * @param <I> the id type
   * @param after the last id of the previous page, null for the first page
   * @param max the longest id
   * @param what the id in the message ({@code "a bank line's identity"})
   * @param id the typed id of a text
   * @return the typed id, or empty
   * @throws KoproGoException {@code INVALID_FIELD} naming {@code after} when blank or longer than
   *     {@code max} characters
   */
  public static <I> Optional<I> after(String after, int max, String what, Function<String, I> id) {
    if (after == null) {
      return Optional.empty();
    }
    if (after.isBlank() || after.length() > max) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "after is not " + what, "field", "after");
    }
    return Optional.of(id.apply(after));
  }
}
