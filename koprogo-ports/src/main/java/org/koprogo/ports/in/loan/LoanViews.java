/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.loan;

import java.util.List;
import org.koprogo.domain.loan.LoanInstallment;
import org.koprogo.domain.loan.LoanSchedule;

/**
 * What {@link ScheduleLoan} answers, in plain values a client shows: a loan's repayment schedule,
 * amounts plain decimals, the monthly rate exact ({@code n/d}). Built from what the use case
 * returned; nothing is read or stored.
 */
public final class LoanViews {
  private LoanViews() {}

  /**
   * A loan's schedule: amounts plain decimals in {@code currency}, the monthly rate exact ({@code n/d}).
   *
   * @param principal the amount lent
   * @param currency ISO 4217
   * @param annualRatePercent the yearly rate in percent
   * @param months the number of monthly payments
   * @param convention NOMINAL or ACTUARIAL
   * @param monthlyRate the monthly rate, an exact fraction
   * @param payment the monthly payment
   * @param lastPayment the last month's payment, settling the balance
   * @param totalInterest the interest of every month
   * @param totalPaid every payment
   * @param installments every month
   */
  public record ScheduleView(String principal, String currency, String annualRatePercent, int months,
      String convention, String monthlyRate, String payment, String lastPayment, String totalInterest,
      String totalPaid, List<InstallmentView> installments) {}

  /**
   * One month of the schedule.
   *
   * @param month the month, from 1
   * @param payment its payment
   * @param interest the interest in it
   * @param principal the principal in it
   * @param balance the balance after it
   */
  public record InstallmentView(int month, String payment, String interest, String principal, String balance) {}

  /**
   * The view of a schedule.
   *
   * @param read what {@link ScheduleLoan} answered
   * @return its view
   */
  public static ScheduleView schedule(ScheduleLoan.Schedule read) {
    LoanSchedule s = read.schedule();
    return new ScheduleView(read.principal().toPlainString(), read.principal().currency().getCurrencyCode(),
        read.annualRatePercent().toPlainString(), read.months(), read.convention().name(),
        s.monthlyRate().toString(), s.payment().toPlainString(), s.lastPayment().toPlainString(),
        s.totalInterest().toPlainString(), s.totalPaid().toPlainString(),
        s.installments().stream().map(LoanViews::installment).toList());
  }

  private static InstallmentView installment(LoanInstallment i) {
    return new InstallmentView(i.month(), i.payment().toPlainString(), i.interest().toPlainString(),
        i.principal().toPlainString(), i.balance().toPlainString());
  }
}
