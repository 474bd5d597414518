/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The id of one entry of the contribution ledger.
 *
 * @param value the id, not blank
 */
public record LedgerEntryId(String value) implements Comparable<LedgerEntryId> {
  /**
   * Checks the id.
   *
   * @param value the id, not blank
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code id}) when blank
   */
  public LedgerEntryId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a ledger entry id is not blank", "field", "id");
    }
  }

  /**
   * The ledger entry id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws KoproGoException {@code INVALID_FIELD} when blank
   */
  public static LedgerEntryId of(String value) {
    return new LedgerEntryId(value);
  }

  @Override
  public int compareTo(LedgerEntryId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
