/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.accounting.Books;
import org.koprogo.domain.accounting.ChartOfAccounts;
import org.koprogo.domain.accounting.JournalEntry;
import org.koprogo.domain.accounting.Postings;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Apportionment;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Civil Code art. 3.94: the sale of a lot, computed from the association's books.
 *
 * <ul>
 *   <li>§1: the information the syndic gives on request before the agreement: 1° the working
 *       capital ({@link Books#workingCapital}) and the reserve fund, with the lot's part (by its
 *       shares, rounded half up to the cent); 2° the seller's arrears (the individual account,
 *       penalties and costs charged included); 3° the lot's calls for funds issued and due from the
 *       transfer date; 4° pending litigation; 5° the minutes (three years) and the periodic
 *       statements of charges of the last two years, with the lot's calls of those two years; 6°
 *       the date of the last balance sheet (the last closed year);
 *   <li>§2, the notary's registered request before the deed: the commitments of the
 *       association's register ({@link CommitmentRegister}: works, urgent works, acquisitions of
 *       common parts, debts from disputes) decided before the transfer date and asked on or after
 *       it, or not yet asked, with the lot's part by the distribution of expenses;
 *   <li>§2, unless the parties agree otherwise: the buyer bears the calls for funds due from the
 *       transfer date (works, reserve); the ordinary charges are borne by the buyer from the day
 *       they enjoy the common parts, taken here as the transfer date: the working-capital part of
 *       the call whose period contains the transfer date is split by days (seller before, buyer
 *       from that day, largest remainder so the parts add up to the cent);
 *   <li>the seller's part of the reserve fund stays the association's property: it is shown, not
 *       paid back.
 * </ul>
 */
@SuppressWarnings("deprecation")
public final class SaleOfALot {
  private SaleOfALot() {}

  /**
   * The information of the sale of {@code lot} by {@code seller} on {@code transferOn}, with the
   * commitments of the building's register (art. 3.94 §2).
   *
   * @param books the association's books
   * @param lot the lot sold
   * @param seller the owner selling it
   * @param share the lot's shares over the building's total, in (0, 1]
   * @param transferOn the day of the transfer
   * @param frequency how often calls for funds are issued (the length of a call's period)
   * @param register the building's register of commitments
   * @param litigation the pending litigation, as the syndic describes it
   * @param documents the documents handed over
   * @return the information (Civil Code art. 3.94)
   * @throws KoproGoException {@code INVALID_TRANSFER_DATE} when the transfer falls in a closed
   *     year; the charge-distribution codes, as {@link CommitmentRegister#pendingFor}
   */
  public static SaleInformation information(
      Books books, LotId lot, OwnerId seller, Fraction share, LocalDate transferOn, CallFrequency frequency,
      CommitmentRegister register, List<String> litigation, List<String> documents) {
    Objects.requireNonNull(register, "register");
    SaleInformation info = information(books, lot, seller, share, transferOn, frequency, List.of(), litigation,
        documents);
    return new SaleInformation(info.lot(), info.seller(), info.transferOn(), info.shareOfTheLot(),
        info.workingCapital(), info.workingCapitalShare(), info.reserveFund(), info.reserveFundShare(),
        info.arrears(), info.callsDueAfterTransfer(), List.of(), info.litigation(), info.documents(), info.split(),
        info.callsOfLastTwoYears(), info.lastBalanceSheetOn(), register.pendingFor(lot, transferOn));
  }

  /**
   * The information of the sale of {@code lot} by {@code seller} on {@code transferOn}.
   *
   * @param books the association's books
   * @param share the lot's shares over the building's total, in (0, 1]
   * @param frequency how often calls for funds are issued (the length of a call's period)
   * @param lot the lot sold
   * @param seller the owner selling it
   * @param transferOn the day of the transfer
   * @param decidedWorks works decided and not yet called, as the caller declares them
   * @param litigation the pending litigation, as the syndic describes it
   * @param documents the documents handed over
   * @return the information (Civil Code art. 3.94)
   * @throws KoproGoException {@code INVALID_TRANSFER_DATE} when the transfer falls in a closed year
   * @deprecated since 0.3: give the building's {@link CommitmentRegister} instead of declared works
   */
  @Deprecated(since = "0.3")
  public static SaleInformation information(
      Books books, LotId lot, OwnerId seller, Fraction share, LocalDate transferOn, CallFrequency frequency,
      List<SaleInformation.DecidedWorks> decidedWorks, List<String> litigation, List<String> documents) {
    Objects.requireNonNull(books, "books");
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(transferOn, "transferOn");
    Objects.requireNonNull(frequency, "frequency");
    if (books.closedThrough() != null && !transferOn.isAfter(books.closedThrough())) {
      throw KoproGoException.of(ErrorCode.INVALID_TRANSFER_DATE,
          "the transfer on " + transferOn + " falls in a year closed through " + books.closedThrough(),
          "field", "transferOn", "value", transferOn.toString());
    }
    LocalDate dayBefore = transferOn.minusDays(1);
    Money workingCapital = books.workingCapital(dayBefore);
    Money reserve = books.balance(ChartOfAccounts.RESERVE_FUND, dayBefore).negated();
    Money balance = books.ownerBalance(seller, dayBefore);
    Money arrears = balance.isPositive() ? balance : Money.zero(books.currency());

    List<CallForFunds> calls = new ArrayList<>();
    for (JournalEntry e : books.entries()) {
      Postings.callOf(e).filter(c -> c.call().lot().equals(lot)).ifPresent(c -> calls.add(c.call()));
    }
    calls.sort(Comparator.comparing(CallForFunds::dueDate));
    List<CallForFunds> lastTwoYears = new ArrayList<>();
    LocalDate twoYearsBefore = transferOn.minusYears(2);
    for (CallForFunds c : calls) {
      if (!c.dueDate().isBefore(twoYearsBefore) && c.dueDate().isBefore(transferOn)) {
        lastTwoYears.add(c);
      }
    }
    List<CallForFunds> dueAfter = new ArrayList<>();
    List<ChargeSplit> split = new ArrayList<>();
    for (CallForFunds c : calls) {
      LocalDate from = c.dueDate();
      LocalDate to = from.plusMonths(frequency.monthsPerPeriod()).minusDays(1);
      if (!from.isBefore(transferOn)) {
        dueAfter.add(c);
        split.add(new ChargeSplit(c.period(), from, to, "WORKING_CAPITAL", c.workingCapital(), zero(c), c.workingCapital()));
        split.add(new ChargeSplit(c.period(), from, to, "RESERVE", c.reserve(), zero(c), c.reserve()));
      } else if (!to.isBefore(transferOn)) {
        long sellerDays = ChronoUnit.DAYS.between(from, transferOn);
        long buyerDays = ChronoUnit.DAYS.between(transferOn, to) + 1;
        long[] parts = Apportionment.split(c.workingCapital().minorUnits(), new long[] {sellerDays, buyerDays});
        Money sellerPart = Money.ofMinor(c.workingCapital().currency(), parts[0]);
        split.add(new ChargeSplit(c.period(), from, to, "WORKING_CAPITAL", c.workingCapital(), sellerPart,
            c.workingCapital().minus(sellerPart)));
        split.add(new ChargeSplit(c.period(), from, to, "RESERVE", c.reserve(), c.reserve(), zero(c)));
      }
    }
    return new SaleInformation(lot, seller, transferOn, share, workingCapital,
        workingCapital.times(share, RoundingMode.HALF_UP), reserve, reserve.times(share, RoundingMode.HALF_UP), arrears,
        dueAfter, decidedWorks, litigation, documents, split, lastTwoYears, books.closedThrough());
  }

  /**
   * Works decided with the lot's part of their total, rounded half up to the cent.
   *
   * @param label what the works are
   * @param decidedOn the day the assembly decided them
   * @param total their total
   * @param share the lot's shares over the building's total
   * @return the works
   * @deprecated since 0.3: record the works in the building's {@link CommitmentRegister}
   */
  @Deprecated(since = "0.3")
  public static SaleInformation.DecidedWorks works(String label, LocalDate decidedOn, Money total, Fraction share) {
    return new SaleInformation.DecidedWorks(label, decidedOn, total, total.times(share, RoundingMode.HALF_UP));
  }

  private static Money zero(CallForFunds c) {
    return Money.zero(c.workingCapital().currency());
  }
}
