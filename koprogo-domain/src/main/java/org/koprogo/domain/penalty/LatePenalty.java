/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Late-payment interest and fees on one installment (RULES.md, {@code late-penalty}).
 *
 * <ul>
 *   <li>Only payments dated on or before {@code asOf} count; more than the principal is {@code
 *       OVERPAYMENT}.
 *   <li>{@code graceEnd = dueDate + graceDays}; the installment is late when {@code asOf >
 *       graceEnd} and the payments dated on or before {@code graceEnd} do not cover the principal.
 *   <li>Interest runs from the due date (or the end of grace, or the later of the due date and
 *       the formal notice) to {@code asOf} on the outstanding
 *       balance, which a payment dated {@code p} lowers from {@code p} on; each piece is {@code
 *       balance * rate / 100 * days / 365} (or 360); with the legal rate, pieces are also split on
 *       the 1st of January so that each year's rate applies to its days. The exact sum is rounded
 *       half up to the cent once.
 *   <li>{@code penalty = max(interest + flatFee, minimum)}, capped at {@code principal * cap / 100}
 *       (rounded half up).
 * </ul>
 *
 * <p>Stateless and thread-safe; linear in the number of payments (after sorting them).
 */
public final class LatePenalty {
  private LatePenalty() {}

  /**
   * Assesses one installment as of {@code asOf}.
   *
   * @param principal the installment's amount, positive
   * @param dueDate its due date
   * @param asOf the date of the assessment
   * @param payments the payments towards it, in any order (those after {@code asOf} are ignored)
   * @param policy the policy
   * @return the assessment, never null
   * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL}, {@code OVERPAYMENT}, {@code
   *     UNKNOWN_LEGAL_RATE_YEAR}, {@code CURRENCY_MISMATCH}
   */
  public static PenaltyAssessment assess(
      Money principal,
      LocalDate dueDate,
      LocalDate asOf,
      List<Payment> payments,
      LatePenaltyPolicy policy) {
    return assess(principal, dueDate, asOf, payments, policy, null);
  }

  /**
   * Assesses one installment as of {@code asOf}, with the date of the formal notice to pay that
   * the debtor received (needed when the policy's interest runs from it, {@link
   * AccrualStart#FORMAL_NOTICE}; ignored otherwise).
   *
   * @param principal the installment's amount, positive
   * @param dueDate its due date
   * @param asOf the date of the assessment
   * @param payments the payments towards it, in any order (those after {@code asOf} are ignored)
   * @param policy the policy
   * @param formalNotice the date of the formal notice, or null when none was sent
   * @return the assessment, never null
   * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL}, {@code OVERPAYMENT}, {@code
   *     UNKNOWN_LEGAL_RATE_YEAR}, {@code CURRENCY_MISMATCH}, {@code MISSING_FIELD} ({@code
   *     formalNoticeDate}) when interest runs from a formal notice and none is given
   */
  public static PenaltyAssessment assess(
      Money principal,
      LocalDate dueDate,
      LocalDate asOf,
      List<Payment> payments,
      LatePenaltyPolicy policy,
      LocalDate formalNotice) {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    if (policy.accrualStart() == AccrualStart.FORMAL_NOTICE && formalNotice == null) {
      throw KoproGoException.of(
          ErrorCode.MISSING_FIELD,
          "interest runs from a formal notice: formalNoticeDate is required",
          "field", "policy.formalNoticeDate");
    }
    checkPrincipal(principal);
    Currency currency = principal.currency();
    List<Payment> counted = counted(payments, asOf);
    long paid = 0;
    for (Payment p : counted) {
      paid = Money.addMinorUnits(paid, sameCurrency(p.amount(), currency).minorUnits());
    }
    if (paid > principal.minorUnits()) {
      throw KoproGoException.of(
          ErrorCode.OVERPAYMENT,
          "payments of " + Money.ofMinor(currency, paid).toPlainString() + " up to " + asOf
              + " exceed the principal " + principal.toPlainString(),
          "field", "payments", "value", Money.ofMinor(currency, paid).toPlainString());
    }
    Money zero = Money.zero(currency);
    Money outstanding = Money.ofMinor(currency, principal.minorUnits() - paid);
    LocalDate graceEnd = dueDate.plusDays(policy.graceDays());
    long paidByGraceEnd = 0;
    for (Payment p : counted) {
      if (!p.date().isAfter(graceEnd)) {
        paidByGraceEnd += p.amount().minorUnits();
      }
    }
    boolean late = asOf.isAfter(graceEnd) && paidByGraceEnd < principal.minorUnits();
    if (!late) {
      return new PenaltyAssessment(false, 0, zero, zero, zero, outstanding);
    }
    LocalDate start =
        switch (policy.accrualStart()) {
          case DUE_DATE -> dueDate;
          case GRACE_END -> graceEnd;
          case FORMAL_NOTICE -> formalNotice.isAfter(dueDate) ? formalNotice : dueDate;
        };
    Money interest = interest(principal.minorUnits(), start, asOf, counted, policy, currency);
    LocalDate end = asOf;
    long cumulative = 0;
    for (Payment p : counted) {
      cumulative += p.amount().minorUnits();
      if (cumulative >= principal.minorUnits()) {
        end = p.date();
        break;
      }
    }
    int daysLate = Math.toIntExact(ChronoUnit.DAYS.between(dueDate, end));
    Money fee = sameCurrency(policy.flatFee(), currency);
    Money penalty = interest.plus(fee).max(sameCurrency(policy.minimumPenalty(), currency));
    if (policy.capPercentOfPrincipal() != null) {
      Money cap =
          principal.times(
              Fraction.of(policy.capPercentOfPrincipal()).dividedBy(Fraction.of(100)),
              RoundingMode.HALF_UP);
      penalty = penalty.min(cap);
    }
    return new PenaltyAssessment(true, daysLate, interest, fee, penalty, outstanding);
  }

  /**
   * The exact interest from {@code start} to {@code asOf} on the balance left by the payments
   * (sorted, all dated on or before {@code asOf}), rounded half up once.
   */
  private static Money interest(
      long principal,
      LocalDate start,
      LocalDate asOf,
      List<Payment> sorted,
      LatePenaltyPolicy policy,
      Currency currency) {
    PenaltyRate rate = policy.rate();
    int scale = rate.scale();
    // sum of balance(cents) * rate(percent * 10^scale) * days, over pieces
    BigInteger sum = BigInteger.ZERO;
    long balance = principal;
    int i = 0;
    while (i < sorted.size() && !sorted.get(i).date().isAfter(start)) {
      balance -= sorted.get(i).amount().minorUnits();
      i++;
    }
    LocalDate cursor = start;
    for (; i < sorted.size() && balance > 0; i++) {
      Payment p = sorted.get(i);
      sum = sum.add(piece(balance, cursor, p.date(), rate, scale));
      cursor = p.date();
      balance -= p.amount().minorUnits();
    }
    if (balance > 0) {
      sum = sum.add(piece(balance, cursor, asOf, rate, scale));
    }
    BigInteger denominator =
        BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(100L * policy.dayCount().daysInYear()));
    return Money.ofExactMinor(currency, Fraction.of(sum, denominator), RoundingMode.HALF_UP);
  }

  private static BigInteger piece(
      long balance, LocalDate from, LocalDate to, PenaltyRate rate, int scale) {
    if (!to.isAfter(from) || balance == 0) {
      return BigInteger.ZERO;
    }
    if (!rate.changesYearly()) {
      long days = ChronoUnit.DAYS.between(from, to);
      return BigInteger.valueOf(balance)
          .multiply(scaled(rate.percentIn(from.getYear()), scale))
          .multiply(BigInteger.valueOf(days));
    }
    BigInteger sum = BigInteger.ZERO;
    LocalDate cursor = from;
    while (cursor.isBefore(to)) {
      LocalDate nextYear = LocalDate.of(cursor.getYear() + 1, 1, 1);
      LocalDate segmentEnd = nextYear.isBefore(to) ? nextYear : to;
      long days = ChronoUnit.DAYS.between(cursor, segmentEnd);
      sum = sum.add(
          BigInteger.valueOf(balance)
              .multiply(scaled(rate.percentIn(cursor.getYear()), scale))
              .multiply(BigInteger.valueOf(days)));
      cursor = segmentEnd;
    }
    return sum;
  }

  private static BigInteger scaled(BigDecimal percent, int scale) {
    return percent.movePointRight(scale).toBigIntegerExact();
  }

  private static List<Payment> counted(List<Payment> payments, LocalDate asOf) {
    List<Payment> counted = new ArrayList<>(payments.size());
    for (Payment p : payments) {
      Objects.requireNonNull(p, "payment");
      if (!p.date().isAfter(asOf)) {
        counted.add(p);
      }
    }
    counted.sort(Comparator.comparing(Payment::date));
    return counted;
  }

  private static void checkPrincipal(Money principal) {
    Objects.requireNonNull(principal, "principal");
    if (!principal.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_PRINCIPAL, "principal " + principal.toPlainString() + " is not positive",
          "field", "principal", "value", principal.toPlainString());
    }
  }

  private static Money sameCurrency(Money amount, Currency currency) {
    if (!amount.currency().equals(currency)) {
      throw KoproGoException.of(
          ErrorCode.CURRENCY_MISMATCH,
          "the policy is in " + amount.currency().getCurrencyCode() + ", the installment in "
              + currency.getCurrencyCode(),
          "currency", currency.getCurrencyCode(), "other", amount.currency().getCurrencyCode());
    }
    return amount;
  }
}
