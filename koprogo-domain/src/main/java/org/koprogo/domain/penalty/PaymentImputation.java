/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Civil Code, imputation of payments (former art. 1256): without another agreement, a payment
 * goes to the oldest debt; here, to the installment with the earliest due date first.
 *
 * <p>Payments are taken in date order (equal dates in the order given); each one pays the oldest
 * installment not yet fully paid, and what exceeds it goes on to the next one, the parts keeping
 * the payment's date. Installments with the same due date are paid in the order given. What is
 * left once every installment is paid is {@link Imputation#unapplied()} (a credit). Payments go
 * to the installments' principal only: penalties are assessed on top (see {@link LatePenalty}).
 */
public final class PaymentImputation {
  private PaymentImputation() {}

  /**
   * Imputes {@code payments} to {@code installments}, oldest installment first.
   *
   * @param installments the installments
   * @param payments the payments
   * @return the imputation
   * @throws KoproGoException {@code DUPLICATE_INSTALLMENT} when two installments share an id;
   *     {@code CURRENCY_MISMATCH} when amounts are in different currencies
   */
  public static Imputation oldestFirst(List<Installment> installments, List<Payment> payments) {
    List<Installment> ordered = new ArrayList<>(installments);
    ordered.sort(Comparator.comparing(Installment::dueDate));
    Set<InstallmentId> seen = new HashSet<>();
    Map<InstallmentId, List<Payment>> parts = new LinkedHashMap<>();
    for (Installment i : ordered) {
      if (!seen.add(i.id())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_INSTALLMENT, "installment " + i.id() + " is listed twice",
            "field", "installments", "value", i.id().value());
      }
      parts.put(i.id(), new ArrayList<>());
    }
    List<Payment> sortedPayments = new ArrayList<>(payments);
    sortedPayments.sort(Comparator.comparing(Payment::date));
    List<Payment> unapplied = new ArrayList<>();
    int current = 0;
    Money owedOnCurrent = ordered.isEmpty() ? null : ordered.get(0).amount();
    for (Payment payment : sortedPayments) {
      Money left = payment.amount();
      while (left.isPositive() && current < ordered.size()) {
        Money taken = left.min(owedOnCurrent);
        parts.get(ordered.get(current).id()).add(Payment.of(payment.date(), taken));
        left = left.minus(taken);
        owedOnCurrent = owedOnCurrent.minus(taken);
        if (owedOnCurrent.isZero()) {
          current++;
          owedOnCurrent = current < ordered.size() ? ordered.get(current).amount() : null;
        }
      }
      if (left.isPositive()) {
        unapplied.add(Payment.of(payment.date(), left));
      }
    }
    return new Imputation(ordered, parts, unapplied);
  }
}
