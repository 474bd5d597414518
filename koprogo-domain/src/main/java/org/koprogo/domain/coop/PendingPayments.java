/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

/**
 * Cooperative's allocation rules: whether a payment still PENDING at the cut-off (announced, not
 * yet confirmed by the bank) counts as paid. The default, {@link #NOT_COUNTED}, is RULES.md
 * coop-allocation's ({@code paid} = CONFIRMED payments only); a cooperative whose rules say
 * otherwise names {@link #COUNTED}. A REJECTED payment never counts.
 */
public enum PendingPayments {
  /** Only CONFIRMED payments dated on or before the cut-off are paid (the default). */
  NOT_COUNTED,
  /** CONFIRMED and PENDING payments dated on or before the cut-off are paid. */
  COUNTED;

  /**
   * True when a payment of {@code status} counts as paid under this option.
   *
   * @param status a payment's status
   * @return whether it counts
   */
  public boolean counts(PaymentStatus status) {
    return status == PaymentStatus.CONFIRMED || (this == COUNTED && status == PaymentStatus.PENDING);
  }
}
