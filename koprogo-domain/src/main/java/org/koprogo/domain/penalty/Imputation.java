/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The result of imputing an owner's payments to their installments: the parts of payments each
 * installment received (dated like the payments they come from) and what was left over. Immutable.
 *
 * @param installments the installments, oldest first (the imputation order)
 * @param parts the payment parts imputed to each installment, in date order; every installment
 *     has an entry, possibly empty
 * @param unapplied the parts of payments left once every installment was paid (a credit)
 */
public record Imputation(
    List<Installment> installments, Map<InstallmentId, List<Payment>> parts, List<Payment> unapplied) {
  /**
   * Checks that every installment has its parts, and copies the lists.
   *
   * @param installments the installments, oldest first (the imputation order)
   * @param parts the payment parts imputed to each installment, in date order; every installment
   *     has an entry, possibly empty
   * @param unapplied the parts of payments left once every installment was paid (a credit)
   */
  public Imputation {
    installments = List.copyOf(installments);
    Map<InstallmentId, List<Payment>> copy = new LinkedHashMap<>();
    for (Installment i : installments) {
      copy.put(i.id(), List.copyOf(Objects.requireNonNull(parts.get(i.id()), "parts of " + i.id())));
    }
    parts = java.util.Collections.unmodifiableMap(copy);
    unapplied = List.copyOf(unapplied);
  }

  /**
   * The payment parts imputed to {@code id}, in date order.
   *
   * @param id an installment's id
   * @return the parts imputed to it
   * @throws KoproGoException {@code INVALID_FIELD} for an installment that is not imputed here
   */
  public List<Payment> partsOf(InstallmentId id) {
    List<Payment> p = parts.get(id);
    if (p == null) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "no installment " + id, "field", "installment");
    }
    return p;
  }

  /**
   * The total imputed to {@code id}.
   *
   * @param installment an installment
   * @return the total imputed to it
   * @throws KoproGoException {@code INVALID_FIELD} for an installment that is not imputed here
   */
  public Money paidOn(Installment installment) {
    Money total = Money.zero(installment.amount().currency());
    for (Payment p : partsOf(installment.id())) {
      total = total.plus(p.amount());
    }
    return total;
  }

  /**
   * The total left over (zero when every payment was imputed).
   *
   * @param currency the currency of the payments
   * @return the credit left
   */
  public Money credit(java.util.Currency currency) {
    Money total = Money.zero(currency);
    for (Payment p : unapplied) {
      total = total.plus(p.amount());
    }
    return total;
  }
}
