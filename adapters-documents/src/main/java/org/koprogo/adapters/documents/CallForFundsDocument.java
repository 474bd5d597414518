/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.payment.CallReference;
import org.koprogo.domain.shared.Money;

/**
 * The call for funds of one period: each lot's part of the working capital and of the reserve
 * fund, as {@link CallsForFunds} apportions the budget, the due date, and each call's payment
 * reference: the Belgian structured communication of {@link CallReference} (the building's
 * number of this call and the owner's account number).
 *
 * @param language the language
 * @param parties the building and the names
 * @param period the period, from 1
 * @param periods the periods in the year
 * @param dueDate the day the period's calls are due
 * @param calls one per lot, in the plan's order
 * @param workingCapital the period's total for the working capital
 * @param reserve the period's total for the reserve fund
 * @param total the period's total
 */
public record CallForFundsDocument(
    DocumentLanguage language, Parties parties, int period, int periods, LocalDate dueDate,
    List<Call> calls, Money workingCapital, Money reserve, Money total) implements DocumentModel {
  public CallForFundsDocument {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(parties, "parties");
    calls = List.copyOf(calls);
  }

  /**
   * One lot's call.
   *
   * @param lot the lot's id
   * @param owner who is called (the names of the lot's owners, as given)
   * @param workingCapital its advance on the working capital
   * @param reserve its contribution to the reserve fund
   * @param total the two together
   * @param reference the payment reference as printed, empty when the lot has no account number
   */
  public record Call(String lot, String owner, Money workingCapital, Money reserve, Money total,
      String reference) {}

  /**
   * The calls of {@code period} of {@code plan}.
   *
   * @param callNumber the building's number of this call (the first four digits of its references)
   * @param owners who is called for each lot, by lot id (a lot not listed is written without)
   * @param accounts the account number in the building of who is called, by lot id
   * @throws IllegalArgumentException for a period outside the plan
   */
  public static CallForFundsDocument of(CallsForFunds plan, int period, int callNumber,
      Map<String, String> owners, Map<String, Integer> accounts, Parties parties, DocumentLanguage language) {
    List<CallForFunds> inPeriod = plan.callsIn(period);
    if (inPeriod.isEmpty()) {
      throw new IllegalArgumentException("the plan has no period " + period);
    }
    List<Call> calls = new ArrayList<>();
    for (CallForFunds c : inPeriod) {
      String lot = c.lot().value();
      Integer account = accounts.get(lot);
      String reference = account == null ? "" : new CallReference(callNumber, account).communication().printed();
      calls.add(new Call(lot, owners.getOrDefault(lot, ""), c.workingCapital(), c.reserve(), c.total(), reference));
    }
    Money wc = plan.periodTotal(period, Fund.WORKING_CAPITAL);
    Money reserve = plan.periodTotal(period, Fund.RESERVE);
    return new CallForFundsDocument(language, parties, period, plan.frequency().periods(),
        inPeriod.get(0).dueDate(), calls, wc, reserve, wc.plus(reserve));
  }

  @Override
  public String template() {
    return "call-for-funds";
  }
}
