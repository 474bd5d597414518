/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.sale.Commitment;
import org.koprogo.domain.sale.CommitmentKind;
import org.koprogo.domain.sale.DecisionMaker;
import org.koprogo.domain.sale.SaleInformation;

/**
 * What the sale of a lot answers, in plain values a client shows: the information the syndic gives
 * the notary ({@link GiveSaleInformation}, Civil Code art. 3.94) and the building's register of
 * commitments it tells of ({@link KeepCommitments}, art. 3.94 §2). Amounts are plain decimals, the
 * lot's share {@code n/d}, dates ISO. Each is built from what a use case returned; nothing is read
 * or stored.
 */
public final class SaleViews {
  private SaleViews() {}

  /**
   * The sale information: amounts plain decimals in {@code currency}, the lot's share {@code n/d},
   * dates ISO; {@code lastBalanceSheetOn} null when no year is closed.
   *
   * @param lot the lot sold
   * @param seller its owner
   * @param transferOn the transfer date
   * @param currency ISO 4217
   * @param shareOfTheLot the lot's share of the common parts
   * @param workingCapital the working capital
   * @param workingCapitalShare the lot's part of it
   * @param reserveFund the reserve fund
   * @param reserveFundShare the lot's part of it
   * @param arrears what the seller owes
   * @param callsDueAfterTransfer the lot's calls due after the transfer
   * @param worksNotYetCalled works decided and not yet called, as declared (deprecated: see
   *     {@code commitments})
   * @param commitments the register's commitments, by item of art. 3.94 §2
   * @param litigation the disputes the syndic declares
   * @param documents the documents the syndic declares
   * @param split each call split between seller and buyer
   * @param sellerTotal the seller's part of the calls
   * @param buyerTotal the buyer's part
   * @param callsOfLastTwoYears the lot's calls of the last two years
   * @param lastBalanceSheetOn the day of the last closed year's balance sheet, or null
   */
  public record SaleView(String lot, String seller, String transferOn, String currency, String shareOfTheLot,
      String workingCapital, String workingCapitalShare, String reserveFund, String reserveFundShare,
      String arrears, List<CallView> callsDueAfterTransfer, List<WorksView> worksNotYetCalled,
      CommitmentsView commitments, List<String> litigation, List<String> documents, List<SplitView> split,
      String sellerTotal, String buyerTotal, List<CallView> callsOfLastTwoYears,
      @Nullable String lastBalanceSheetOn) {}

  /**
   * A call for funds of the lot.
   *
   * @param period the period, from 1
   * @param dueDate its due date
   * @param workingCapital the working-capital part
   * @param reserve the reserve-fund part
   */
  public record CallView(int period, String dueDate, String workingCapital, String reserve) {}

  /**
   * Works decided and not yet called, as declared (deprecated: see {@code commitments}).
   *
   * @param label what they are
   * @param decidedOn the day they were decided
   * @param total their cost
   * @param lotShare the lot's part
   */
  public record WorksView(String label, String decidedOn, String total, String lotShare) {}

  /**
   * The commitments of the register told to the notary, by item of art. 3.94 §2 (1° to 4°).
   *
   * @param works works (1°)
   * @param urgentWorks urgent works (2°)
   * @param commonPartsAcquisitions acquisitions of common parts (3°)
   * @param litigationDebts debts from disputes (4°)
   */
  public record CommitmentsView(CommitmentItemView works, CommitmentItemView urgentWorks,
      CommitmentItemView commonPartsAcquisitions, CommitmentItemView litigationDebts) {}

  /**
   * One item of art. 3.94 §2: its number, the lot's total and the commitments.
   *
   * @param item the item's number (1 to 4)
   * @param lotTotal the lot's part of its commitments
   * @param list its commitments
   */
  public record CommitmentItemView(int item, String lotTotal, List<LotCommitmentView> list) {}

  /**
   * A commitment of the register with the lot's part of it.
   *
   * @param commitment its id
   * @param label what it is
   * @param decidedOn the day it was decided
   * @param decidedBy GENERAL_ASSEMBLY or SYNDIC
   * @param assembly the assembly that decided it, or null
   * @param agendaItem the item of its agenda, or null
   * @param calledOn the day its payment was asked, or null
   * @param total its total
   * @param key its key's description
   * @param lotShare the lot's part
   */
  public record LotCommitmentView(String commitment, String label, String decidedOn, String decidedBy,
      @Nullable String assembly, @Nullable String agendaItem, @Nullable String calledOn, String total, String key,
      String lotShare) {}

  /**
   * A call split between seller and buyer at the transfer date.
   *
   * @param period the call's period
   * @param from its first day
   * @param to its last day
   * @param part who bears it
   * @param amount the call's amount
   * @param seller the seller's part
   * @param buyer the buyer's part
   */
  public record SplitView(int period, String from, String to, String part, String amount, String seller,
      String buyer) {}

  /**
   * A commitment of the register.
   *
   * @param commitment its id
   * @param kind which item of art. 3.94 §2
   * @param item the item of art. 3.94 §2 (1 to 4)
   * @param decidedOn the day it was decided
   * @param decidedBy GENERAL_ASSEMBLY or SYNDIC
   * @param assembly the assembly that decided it, or null
   * @param agendaItem the item of its agenda, or null
   * @param label what it is
   * @param total plain decimal
   * @param currency the total's currency
   * @param key the key's description: general, a key's name or the parts' names and shares
   * @param keys the key parts (empty: the general key)
   * @param calledOn the day its payment was asked, or null
   * @param duplicate true when the request changed nothing (the same request again)
   */
  public record CommitmentView(String commitment, CommitmentKind kind, int item, LocalDate decidedOn,
      DecisionMaker decidedBy, @Nullable String assembly, @Nullable String agendaItem, String label, String total,
      String currency, String key, List<KeyView> keys, @Nullable LocalDate calledOn, boolean duplicate) {}

  /**
   * The view of a lot's sale information.
   *
   * @param s the information {@link GiveSaleInformation} answered
   * @return its view
   */
  @SuppressWarnings("deprecation")
  public static SaleView sale(SaleInformation s) {
    return new SaleView(s.lot().value(), s.seller().value(), s.transferOn().toString(),
        s.arrears().currency().getCurrencyCode(), s.shareOfTheLot().toString(), s.workingCapital().toPlainString(),
        s.workingCapitalShare().toPlainString(), s.reserveFund().toPlainString(),
        s.reserveFundShare().toPlainString(), s.arrears().toPlainString(), calls(s.callsDueAfterTransfer()),
        s.worksNotYetCalled().stream().map(w -> new WorksView(w.label(), w.decidedOn().toString(),
            w.total().toPlainString(), w.lotShare().toPlainString())).toList(),
        new CommitmentsView(item(s, CommitmentKind.WORKS), item(s, CommitmentKind.URGENT_WORKS),
            item(s, CommitmentKind.COMMON_PARTS_ACQUISITION), item(s, CommitmentKind.LITIGATION_DEBT)),
        s.litigation(), s.documents(), s.split().stream().map(c -> new SplitView(c.period(), c.from().toString(),
            c.to().toString(), c.part(), c.amount().toPlainString(), c.seller().toPlainString(),
            c.buyer().toPlainString())).toList(),
        s.sellerTotal().toPlainString(), s.buyerTotal().toPlainString(), calls(s.callsOfLastTwoYears()),
        s.lastBalanceSheetOn() == null ? null : s.lastBalanceSheetOn().toString());
  }

  /**
   * The view of a commitment of the register.
   *
   * @param c the commitment {@link KeepCommitments} answered
   * @param duplicate whether the request changed nothing
   * @return its view
   */
  public static CommitmentView commitment(Commitment c, boolean duplicate) {
    return new CommitmentView(c.id(), c.kind(), c.kind().item(), c.decidedOn(), c.decidedBy(),
        c.assembly(), c.agendaItem(), c.label(), c.total().toPlainString(), c.total().currency().getCurrencyCode(),
        c.keyDescription(), c.key().stream().map(KeyView::of).toList(), c.calledOn(), duplicate);
  }

  /**
   * The view of a commitment recorded or marked called.
   *
   * @param registered what {@link KeepCommitments} answered
   * @return its view
   */
  public static CommitmentView commitment(KeepCommitments.Registered registered) {
    return commitment(registered.commitment(), registered.duplicate());
  }

  private static List<CallView> calls(List<CallForFunds> calls) {
    return calls.stream().map(c -> new CallView(c.period(), c.dueDate().toString(),
        c.workingCapital().toPlainString(), c.reserve().toPlainString())).toList();
  }

  private static CommitmentItemView item(SaleInformation s, CommitmentKind kind) {
    return new CommitmentItemView(kind.item(), s.commitmentsTotal(kind).toPlainString(), s.commitments(kind).stream()
        .map(c -> lotCommitment(c.commitment(), c.lotShare().toPlainString())).toList());
  }

  private static LotCommitmentView lotCommitment(Commitment c, String lotShare) {
    return new LotCommitmentView(c.id(), c.label(), c.decidedOn().toString(), c.decidedBy().name(), c.assembly(),
        c.agendaItem(), c.calledOn() == null ? null : c.calledOn().toString(), c.total().toPlainString(),
        c.keyDescription(), lotShare);
  }
}
