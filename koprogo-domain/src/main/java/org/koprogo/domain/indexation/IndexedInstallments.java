/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The installments of an indexed plan, in period order, and their total (the exact sum of the
 * rounded installments). Immutable.
 *
 * @param installments the amounts, never empty
 * @param total their sum
 */
public record IndexedInstallments(List<Money> installments, Money total) {
  /**
   * Checks the installments and copies them.
   *
   * @param installments the amounts, never empty
   * @param total their sum
   * @throws KoproGoException {@code INVALID_FIELD} without an installment
   */
  public IndexedInstallments {
    installments = List.copyOf(installments);
    Objects.requireNonNull(total, "total");
    if (installments.isEmpty()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a plan has at least one installment", "field", "installments");
    }
  }
}
