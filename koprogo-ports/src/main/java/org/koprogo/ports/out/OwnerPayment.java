/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * A payment an owner made to the co-ownership's account, as the syndic recorded it from the bank
 * statement; stored in the aggregate store under its id and the stable name {@code owner.payment}
 * (see {@link StoredNames}), looked up by owner, and imputed to the owner's installments (oldest
 * first) by the owner's statement. Immutable.
 *
 * @param owner the owner's id
 * @param date its value date
 * @param amount a positive amount
 * @param reference the bank reference or free text
 */
public record OwnerPayment(String owner, LocalDate date, Money amount, String reference)
    implements AggregateStore.Keyed {

  /**
   * A recorded payment.
   *
   * @param owner the owner's id
   * @param date its value date
   * @param amount a positive amount
   * @param reference the bank reference or free text
   * @throws NullPointerException when a component is null
   */
  public OwnerPayment {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
  }

  /**
   * Payments are read by owner (an owner's statement).
   *
   * @return the owner's id
   */
  @Override
  public String lookupKey() {
    return owner;
  }
}
