/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * What one member's ledger entries valued on or before a day add up to, by kind: the figures a
 * standing at that day is made of ({@link #standing}). A resolution (confirmation, rejection,
 * reversal) carries its declaration's amount and value date, so {@code declared - confirmed -
 * rejected} is what is still PENDING and {@code confirmed - reversed} what is CONFIRMED now.
 *
 * <p>A store can keep these sums as a running summary and subtract the few entries valued after
 * the day, so that an allocation round costs the same whatever the ledger's history ({@link
 * AllocationRound#ofSums}); {@code Ledger.sumsAt} computes them from every entry.
 *
 * @param member the member
 * @param dues the dues with a due date on or before the day
 * @param penalties the penalties dated on or before the day
 * @param declared the payments declared with a value date on or before the day
 * @param confirmed the confirmations of those payments
 * @param rejected the rejections of those payments
 * @param reversed the reversals of those payments
 */
public record LedgerSums(
    MemberId member, Money dues, Money penalties, Money declared, Money confirmed, Money rejected,
    Money reversed) {

  /**
   * Checks the sums.
   *
   * @param member the member
   * @param dues the dues with a due date on or before the day
   * @param penalties the penalties dated on or before the day
   * @param declared the payments declared with a value date on or before the day
   * @param confirmed the confirmations of those payments
   * @param rejected the rejections of those payments
   * @param reversed the reversals of those payments
   * @throws KoproGoException {@code CURRENCY_MISMATCH} when the sums are not in one currency;
   *     {@code NEGATIVE_AMOUNT} when a sum is negative, or more was resolved than declared, or
   *     more reversed than confirmed
   */
  public LedgerSums {
    Objects.requireNonNull(member, "member");
    List<Money> all = new ArrayList<>(6);
    for (Money m : new Money[] {dues, penalties, declared, confirmed, rejected, reversed}) {
      all.add(Objects.requireNonNull(m, "sum"));
    }
    for (Money m : all) {
      if (!m.currency().equals(dues.currency())) {
        throw KoproGoException.of(ErrorCode.CURRENCY_MISMATCH,
            "the sums of member " + member + " are not in one currency", "value", m.toPlainString());
      }
      if (m.isNegative()) {
        throw negative(member, m);
      }
    }
    if (declared.minus(confirmed).minus(rejected).isNegative()) {
      throw negative(member, declared.minus(confirmed).minus(rejected));
    }
    if (confirmed.minus(reversed).isNegative()) {
      throw negative(member, confirmed.minus(reversed));
    }
  }

  /**
   * Nothing recorded for {@code member}.
   *
   * @param member the member
   * @param currency the ledger's currency
   * @return sums of zero
   */
  public static LedgerSums zero(MemberId member, java.util.Currency currency) {
    Money z = Money.zero(currency);
    return new LedgerSums(member, z, z, z, z, z, z);
  }

  /**
   * The currency of the sums.
   *
   * @return the ledger's currency
   */
  public java.util.Currency currency() {
    return dues.currency();
  }

  /**
   * Dues and penalties: what the member owed at the day.
   *
   * @return {@code dues + penalties}
   */
  public Money owed() {
    return dues.plus(penalties);
  }

  /**
   * The payments declared and neither confirmed nor rejected yet.
   *
   * @return {@code declared - confirmed - rejected}
   */
  public Money pending() {
    return declared.minus(confirmed).minus(rejected);
  }

  /**
   * The payments confirmed and not reversed.
   *
   * @return {@code confirmed - reversed}
   */
  public Money confirmedNet() {
    return confirmed.minus(reversed);
  }

  /**
   * The member's standing at the day: owed = {@link #owed}; paid = {@link #confirmedNet}, plus
   * {@link #pending} when {@code pending} counts PENDING payments (the rule of {@link
   * Standings#at(LocalDate, java.util.Currency, Collection, List, List, List, PendingPayments)}).
   *
   * @param pending whether PENDING payments count as paid
   * @return the standing
   */
  public Standing standing(PendingPayments pending) {
    Objects.requireNonNull(pending, "pending");
    Money paid = pending.counts(PaymentStatus.PENDING) ? confirmedNet().plus(pending()) : confirmedNet();
    return new Standing(member, owed(), paid);
  }

  /**
   * The sums as the fewest ledger lines dated {@code day} that add up to them in {@link
   * Standings}: one due, one penalty, one CONFIRMED and one PENDING payment, each left out when
   * zero. Appended to {@code dues}, {@code penalties} and {@code payments}.
   */
  void appendAt(LocalDate day, List<Due> dues, List<Penalty> penalties, List<Payment> payments) {
    if (!this.dues.isZero()) {
      dues.add(new Due(member, day, this.dues));
    }
    if (!this.penalties.isZero()) {
      penalties.add(new Penalty(member, day, this.penalties));
    }
    if (confirmedNet().isPositive()) {
      payments.add(new Payment(member, day, confirmedNet(), PaymentStatus.CONFIRMED));
    }
    if (pending().isPositive()) {
      payments.add(new Payment(member, day, pending(), PaymentStatus.PENDING));
    }
  }

  private static KoproGoException negative(MemberId member, Money m) {
    return KoproGoException.of(ErrorCode.NEGATIVE_AMOUNT,
        "a ledger sum of member " + member + " is negative: " + m.toPlainString(),
        "member", member.value(), "value", m.toPlainString());
  }
}
