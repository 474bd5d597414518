/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * Help the fund granted an applicant before (for the yearly ceiling and the once-per-5-years
 * rule). Past-tense: a fact supplied by the caller. Immutable.
 *
 * @param kind the kind of help
 * @param grantedOn the date it was granted
 * @param amount its amount
 */
public record AidGranted(AidKind kind, LocalDate grantedOn, Money amount) {
  /**
   * Checks that every part is given.
   *
   * @param kind the kind of help
   * @param grantedOn the date it was granted
   * @param amount its amount
   */
  public AidGranted {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(grantedOn, "grantedOn");
    Objects.requireNonNull(amount, "amount");
  }
}
