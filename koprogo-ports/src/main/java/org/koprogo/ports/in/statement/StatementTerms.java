/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.statement;

import java.util.Objects;
import org.koprogo.ports.in.penalty.DefaultPenaltyPolicy;

/**
 * What the embedder configures for owners' statements.
 *
 * @param defaultPolicy the late-penalty policy of a building without one of its own
 * @param payableDays days between an expense's booking and its installment's due date, not negative
 */
public record StatementTerms(DefaultPenaltyPolicy defaultPolicy, int payableDays) {

  /**
   * Statement terms.
   *
   * @param defaultPolicy the late-penalty policy of a building without one of its own
   * @param payableDays days between an expense's booking and its installment's due date, not
   *     negative
   * @throws NullPointerException when the default policy is null
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} for negative payable days
   */
  public StatementTerms {
    Objects.requireNonNull(defaultPolicy, "defaultPolicy");
    if (payableDays < 0) {
      throw org.koprogo.domain.shared.KoproGoException.of(org.koprogo.domain.shared.ErrorCode.INVALID_FIELD,
          "payable days " + payableDays + " are negative", "field", "payableDays", "value", payableDays);
    }
  }
}
