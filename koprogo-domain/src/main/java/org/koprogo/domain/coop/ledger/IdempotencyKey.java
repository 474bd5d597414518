/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The caller's key of a ledger record: recording the same key twice records once (a double
 * click, a retried request, a re-imported bank statement line).
 *
 * @param value the key, not blank
 */
public record IdempotencyKey(String value) {
  /**
   * Checks the key.
   *
   * @param value the key, not blank
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code key}) when blank
   */
  public IdempotencyKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an idempotency key is not blank", "field", "key");
    }
  }

  /**
   * The idempotency key of that value.
   *
   * @param value the key, not blank
   * @return the key
   * @throws KoproGoException {@code INVALID_FIELD} when blank
   */
  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
