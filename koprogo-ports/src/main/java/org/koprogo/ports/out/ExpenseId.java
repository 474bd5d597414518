/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

/**
 * The id of one distributed expense (an invoice of the building, or a credit note).
 *
 * @param value the id, not blank
 */
public record ExpenseId(String value) implements Comparable<ExpenseId> {
  /**
   * Checks the id.
   *
   * @param value the id, not blank
   * @throws IllegalArgumentException when blank
   */
  public ExpenseId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("ExpenseId is not blank");
    }
  }

  /**
   * The expense id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws IllegalArgumentException when blank
   */
  public static ExpenseId of(String value) {
    return new ExpenseId(value);
  }

  @Override
  public int compareTo(ExpenseId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
