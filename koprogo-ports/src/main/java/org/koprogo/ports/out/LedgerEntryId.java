/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

/** The id of one entry of the contribution ledger. */
public record LedgerEntryId(String value) implements Comparable<LedgerEntryId> {
  public LedgerEntryId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("LedgerEntryId is not blank");
    }
  }

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
