/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The two refusals every store shares, so that every adapter reports them the same way: an
 * optimistic-lock conflict ({@link ErrorCode#CONCURRENT_UPDATE}) and an id that names nothing in
 * the caller's organisation ({@link ErrorCode#NOT_FOUND}).
 */
public final class StoreErrors {
  private StoreErrors() {}

  /**
   * Someone else changed (or created) the aggregate first: the caller reloads and retries.
   *
   * @param aggregate the aggregate's kind ({@code "building"})
   * @param id its id
   * @param expectedVersion the version the caller read (0 when it meant to create it)
   * @return the {@code CONCURRENT_UPDATE} error
   */
  public static KoproGoException concurrentUpdate(String aggregate, Object id, long expectedVersion) {
    return KoproGoException.of(
        ErrorCode.CONCURRENT_UPDATE,
        aggregate + " " + id + " was changed by someone else (expected version " + expectedVersion + ")",
        "aggregate", aggregate, "value", String.valueOf(id), "expectedVersion", expectedVersion);
  }

  /**
   * The id names nothing in the caller's organisation (another tenant's row is never revealed:
   * it is not found either).
   *
   * @param aggregate the aggregate's kind ({@code "building"})
   * @param id its id
   * @return the {@code NOT_FOUND} error
   */
  public static KoproGoException notFound(String aggregate, Object id) {
    return KoproGoException.of(
        ErrorCode.NOT_FOUND,
        aggregate + " " + id + " does not exist in this organisation",
        "aggregate", aggregate, "value", String.valueOf(id));
  }
}
