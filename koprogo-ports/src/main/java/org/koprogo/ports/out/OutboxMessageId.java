/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The id of one message of the transactional outbox.
 *
 * @param value the id, not blank
 */
public record OutboxMessageId(String value) implements Comparable<OutboxMessageId> {
  /**
   * Checks the id.
   *
   * @param value the id, not blank
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code id}) when blank
   */
  public OutboxMessageId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an outbox message id is not blank", "field", "id");
    }
  }

  /**
   * The outbox message id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws KoproGoException {@code INVALID_FIELD} when blank
   */
  public static OutboxMessageId of(String value) {
    return new OutboxMessageId(value);
  }

  @Override
  public int compareTo(OutboxMessageId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
