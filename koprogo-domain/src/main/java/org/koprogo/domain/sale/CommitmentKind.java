/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * What the association committed to before a transfer, one kind per item of Civil Code art. 3.94
 * §2. Each kind has a stored name that never changes (whatever the constant is called in Java).
 */
public enum CommitmentKind {
  /** §2, 1°: expenses of conservation, maintenance, repair and refurbishment. */
  WORKS(1, "works"),
  /** §2, 2°: the cost of urgent works (and calls for funds approved for them). */
  URGENT_WORKS(2, "urgent-works"),
  /** §2, 3°: the costs of acquiring common parts. */
  COMMON_PARTS_ACQUISITION(3, "common-parts-acquisition"),
  /** §2, 4°: the certain debts of the association from disputes born before the transfer. */
  LITIGATION_DEBT(4, "litigation-debt");

  private final int item;
  private final String storedName;

  CommitmentKind(int item, String storedName) {
    this.item = item;
    this.storedName = storedName;
  }

  /**
   * The item of art. 3.94 §2 this kind is listed under.
   *
   * @return 1 to 4
   */
  public int item() {
    return item;
  }

  /**
   * The name stores keep ({@code works}, {@code urgent-works}, {@code common-parts-acquisition},
   * {@code litigation-debt}); it never changes.
   *
   * @return the stored name
   */
  public String storedName() {
    return storedName;
  }

  /**
   * The kind named {@code name}: its constant's name ({@code URGENT_WORKS}) or its stored name
   * ({@code urgent-works}).
   *
   * @param name the name
   * @return the kind
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code kind}) for any other name
   */
  public static CommitmentKind parse(String name) {
    for (CommitmentKind k : values()) {
      if (k.name().equals(name) || k.storedName.equals(name)) {
        return k;
      }
    }
    throw KoproGoException.of(ErrorCode.INVALID_FIELD, "unknown commitment kind '" + Decimals.shown(name)
        + "' (expected WORKS, URGENT_WORKS, COMMON_PARTS_ACQUISITION or LITIGATION_DEBT)",
        "field", "kind", "value", Decimals.shown(name));
  }
}
