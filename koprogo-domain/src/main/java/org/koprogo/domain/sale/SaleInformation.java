/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;

/**
 * Civil Code art. 3.94 §1 and §2: what the syndic tells the notary before the deed, as the books and the
 * register say it on the transfer date, and the split of the charges between seller and buyer.
 * A record the documents adapter can render. Immutable.
 *
 * @param lot the lot sold
 * @param seller its owner before the transfer
 * @param transferOn the date the ownership is transferred
 * @param shareOfTheLot the lot's shares over the building's total
 * @param workingCapital the association's working capital on the day before ({@code
 *     Books.workingCapital}: account 100 and the result not yet closed)
 * @param workingCapitalShare the lot's part of it
 * @param reserveFund the association's reserve fund (account 160) on the day before
 * @param reserveFundShare the lot's part of it (it stays the association's property)
 * @param arrears what the seller owes on the day before the transfer (0 when in credit)
 * @param callsDueAfterTransfer the calls for funds of the lot already issued and due from the
 *     transfer date (borne by the buyer unless the parties agree otherwise)
 * @param worksNotYetCalled works decided and not yet called as a caller declared them, with the
 *     lot's part (deprecated: the register of commitments gives them, in {@code commitments})
 * @param litigation the legal proceedings pending about the co-ownership
 * @param documents the minutes of the general assemblies and the statements of charges to hand
 *     over (the last three years' minutes, the last two years' periodic statements, the last
 *     balance sheet approved)
 * @param split the calls for funds split between seller and buyer at the transfer date
 * @param callsOfLastTwoYears the lot's calls for funds dated in the two years before the transfer
 *     (from the transfer date minus two years to the day before): the lot's part of the periodic
 *     statements of charges of the last two years (art. 3.94 §1, 5°)
 * @param lastBalanceSheetOn the date of the balance sheet of the last closed year, a copy of
 *     which is handed over (art. 3.94 §1, 6°: the last balance sheet approved by the general
 *     assembly, taken as the last year closed in the books); null when no year is closed
 * @param commitments the association's commitments of the register told to the notary (art.
 *     3.94 §2, 1° to 4°: decided before the transfer date, their payment asked on or after it or
 *     not yet asked), each with the lot's part, in the order of the §2 items then of the register
 */
public record SaleInformation(
    LotId lot,
    OwnerId seller,
    LocalDate transferOn,
    Fraction shareOfTheLot,
    Money workingCapital,
    Money workingCapitalShare,
    Money reserveFund,
    Money reserveFundShare,
    Money arrears,
    List<CallForFunds> callsDueAfterTransfer,
    List<DecidedWorks> worksNotYetCalled,
    List<String> litigation,
    List<String> documents,
    List<ChargeSplit> split,
    List<CallForFunds> callsOfLastTwoYears,
    LocalDate lastBalanceSheetOn,
    List<CommitmentShare> commitments) {
  /**
   * Checks that every part is given and copies the lists.
   *
   * @param lot the lot sold
   * @param seller its owner before the transfer
   * @param transferOn the date the ownership is transferred
   * @param shareOfTheLot the lot's shares over the building's total
   * @param workingCapital the association's working capital on the day before ({@code
 *     Books.workingCapital}: account 100 and the result not yet closed)
   * @param workingCapitalShare the lot's part of it
   * @param reserveFund the association's reserve fund (account 160) on the day before
   * @param reserveFundShare the lot's part of it (it stays the association's property)
   * @param arrears what the seller owes on the day before the transfer (0 when in credit)
   * @param callsDueAfterTransfer the calls for funds of the lot already issued and due from the
   *     transfer date (borne by the buyer unless the parties agree otherwise)
   * @param worksNotYetCalled works decided and not yet called as a caller declared them (the
   *     register's are in {@code commitments})
   * @param litigation the legal proceedings pending about the co-ownership
   * @param documents the minutes of the general assemblies and the statements of charges to hand
   *     over (the last three years' minutes, the last two years' periodic statements, the last
   *     balance sheet approved)
   * @param split the calls for funds split between seller and buyer at the transfer date
   * @param callsOfLastTwoYears the lot's calls for funds dated in the two years before the transfer
   * @param lastBalanceSheetOn the date of the last closed year's balance sheet, or null
   * @param commitments the commitments of the register told to the notary (art. 3.94 §2), with
   *     the lot's part
   */
  public SaleInformation {
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(transferOn, "transferOn");
    Objects.requireNonNull(shareOfTheLot, "shareOfTheLot");
    Objects.requireNonNull(workingCapital, "workingCapital");
    Objects.requireNonNull(workingCapitalShare, "workingCapitalShare");
    Objects.requireNonNull(reserveFund, "reserveFund");
    Objects.requireNonNull(reserveFundShare, "reserveFundShare");
    Objects.requireNonNull(arrears, "arrears");
    callsDueAfterTransfer = List.copyOf(callsDueAfterTransfer);
    worksNotYetCalled = List.copyOf(worksNotYetCalled);
    litigation = List.copyOf(litigation);
    documents = List.copyOf(documents);
    split = List.copyOf(split);
    callsOfLastTwoYears = List.copyOf(callsOfLastTwoYears);
    List<CommitmentShare> sorted = new ArrayList<>(commitments);
    sorted.sort(java.util.Comparator.comparingInt(c -> c.commitment().kind().item()));
    commitments = List.copyOf(sorted);
  }

  /**
   * The information without the register's commitments (the form of release 0.2).
   *
   * @param lot the lot sold
   * @param seller its owner before the transfer
   * @param transferOn the date the ownership is transferred
   * @param shareOfTheLot the lot's shares over the building's total
   * @param workingCapital the association's working capital on the day before
   * @param workingCapitalShare the lot's part of it
   * @param reserveFund the association's reserve fund (account 160) on the day before
   * @param reserveFundShare the lot's part of it
   * @param arrears what the seller owes on the day before the transfer (0 when in credit)
   * @param callsDueAfterTransfer the calls for funds of the lot due from the transfer date
   * @param worksNotYetCalled works decided and not yet called, as the caller declared them
   * @param litigation the legal proceedings pending
   * @param documents the documents handed over
   * @param split the calls for funds split between seller and buyer
   * @param callsOfLastTwoYears the lot's calls for funds dated in the two years before the transfer
   * @param lastBalanceSheetOn the date of the last closed year's balance sheet, or null
   */
  public SaleInformation(LotId lot, OwnerId seller, LocalDate transferOn, Fraction shareOfTheLot,
      Money workingCapital, Money workingCapitalShare, Money reserveFund, Money reserveFundShare, Money arrears,
      List<CallForFunds> callsDueAfterTransfer, List<DecidedWorks> worksNotYetCalled, List<String> litigation,
      List<String> documents, List<ChargeSplit> split, List<CallForFunds> callsOfLastTwoYears,
      LocalDate lastBalanceSheetOn) {
    this(lot, seller, transferOn, shareOfTheLot, workingCapital, workingCapitalShare, reserveFund, reserveFundShare,
        arrears, callsDueAfterTransfer, worksNotYetCalled, litigation, documents, split, callsOfLastTwoYears,
        lastBalanceSheetOn, List.of());
  }

  /**
   * The commitments of one item of art. 3.94 §2, in the register's order.
   *
   * @param kind the item
   * @return its commitments, with the lot's part
   */
  public List<CommitmentShare> commitments(CommitmentKind kind) {
    Objects.requireNonNull(kind, "kind");
    return commitments.stream().filter(c -> c.commitment().kind() == kind).toList();
  }

  /**
   * The lot's part of the commitments of one item of art. 3.94 §2.
   *
   * @param kind the item
   * @return the total of the lot's parts
   */
  public Money commitmentsTotal(CommitmentKind kind) {
    Money t = Money.zero(arrears.currency());
    for (CommitmentShare c : commitments(kind)) {
      t = t.plus(c.lotShare());
    }
    return t;
  }

  /**
   * The information without the last two years' calls and without a closed year (the form of
   * releases before 0.3).
   *
   * @param lot the lot sold
   * @param seller its owner before the transfer
   * @param transferOn the date the ownership is transferred
   * @param shareOfTheLot the lot's shares over the building's total
   * @param workingCapital the association's working capital on the day before
   * @param workingCapitalShare the lot's part of it
   * @param reserveFund the association's reserve fund (account 160) on the day before
   * @param reserveFundShare the lot's part of it
   * @param arrears what the seller owes on the day before the transfer (0 when in credit)
   * @param callsDueAfterTransfer the calls for funds of the lot due from the transfer date
   * @param worksNotYetCalled works decided and not yet called
   * @param litigation the legal proceedings pending
   * @param documents the documents handed over
   * @param split the calls for funds split between seller and buyer
   */
  public SaleInformation(LotId lot, OwnerId seller, LocalDate transferOn, Fraction shareOfTheLot,
      Money workingCapital, Money workingCapitalShare, Money reserveFund, Money reserveFundShare, Money arrears,
      List<CallForFunds> callsDueAfterTransfer, List<DecidedWorks> worksNotYetCalled, List<String> litigation,
      List<String> documents, List<ChargeSplit> split) {
    this(lot, seller, transferOn, shareOfTheLot, workingCapital, workingCapitalShare, reserveFund, reserveFundShare,
        arrears, callsDueAfterTransfer, worksNotYetCalled, litigation, documents, split, List.of(), null, List.of());
  }

  /**
   * Works decided and not yet called: the total decided and the lot's part, as a caller declares
   * them.
   *
   * @deprecated since 0.3: the register of the association's commitments ({@link Commitment},
   *     {@link SaleInformation#commitments()}) lists them with the other items of art. 3.94 §2
   *
   * @param label what the works are
   * @param decidedOn the day the assembly decided them
   * @param total their total
   * @param lotShare the lot's part of the total
   */
  @Deprecated(since = "0.3")
  public record DecidedWorks(String label, LocalDate decidedOn, Money total, Money lotShare) {
    /**
     * Checks that every part is given.
     *
     * @param label what the works are
     * @param decidedOn the day the assembly decided them
     * @param total their total
     * @param lotShare the lot's part of the total
     */
    public DecidedWorks {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(decidedOn, "decidedOn");
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(lotShare, "lotShare");
    }
  }

  /**
   * The seller's total of the split.
   *
   * @return the seller's total
   */
  public Money sellerTotal() {
    Money t = Money.zero(arrears.currency());
    for (ChargeSplit s : split) {
      t = t.plus(s.seller());
    }
    return t;
  }

  /**
   * The buyer's total of the split.
   *
   * @return the buyer's total
   */
  public Money buyerTotal() {
    Money t = Money.zero(arrears.currency());
    for (ChargeSplit s : split) {
      t = t.plus(s.buyer());
    }
    return t;
  }
}
