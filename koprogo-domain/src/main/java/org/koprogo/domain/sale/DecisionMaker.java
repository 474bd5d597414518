/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Who decided a commitment of the association (Civil Code art. 3.94 §2, 1°: "decided by the
 * general assembly or the syndic"). Each has a stored name that never changes.
 */
public enum DecisionMaker {
  /** The general assembly of the co-owners. */
  GENERAL_ASSEMBLY("general-assembly"),
  /** The syndic, within their powers (urgent works, conservatory acts, the association's defence). */
  SYNDIC("syndic");

  private final String storedName;

  DecisionMaker(String storedName) {
    this.storedName = storedName;
  }

  /**
   * The name stores keep ({@code general-assembly}, {@code syndic}); it never changes.
   *
   * @return the stored name
   */
  public String storedName() {
    return storedName;
  }

  /**
   * The decision maker named {@code name}: its constant's name or its stored name.
   *
   * @param name the name
   * @return the decision maker
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code decidedBy}) for any other name
   */
  public static DecisionMaker parse(String name) {
    for (DecisionMaker d : values()) {
      if (d.name().equals(name) || d.storedName.equals(name)) {
        return d;
      }
    }
    throw KoproGoException.of(ErrorCode.INVALID_FIELD, "unknown decision maker '" + Decimals.shown(name)
        + "' (expected GENERAL_ASSEMBLY or SYNDIC)", "field", "decidedBy", "value", Decimals.shown(name));
  }
}
