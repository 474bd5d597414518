/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

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
   * @throws IllegalArgumentException when blank
   */
  public LedgerEntryId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("LedgerEntryId is not blank");
    }
  }

  /**
   * The ledger entry id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws IllegalArgumentException when blank
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
