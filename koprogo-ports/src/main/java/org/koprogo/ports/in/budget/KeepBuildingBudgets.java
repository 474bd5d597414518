/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.budget;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * A building's stored yearly budgets (Civil Code art. 3.86 §3) and the calls for funds derived
 * from them. Adopting or changing a budget is one unit of work: the budget and its audit entry
 * ({@code BudgetAdopted}, {@code BudgetChanged}), time from the {@code Clock} port. The keys must
 * name the building's lots: a budget whose calls cannot be planned is refused when stored, not
 * when read.
 */
public interface KeepBuildingBudgets {
  /** The audit trail's action when a budget is adopted. */
  String ADOPTED = "BudgetAdopted";
  /** The audit trail's action when a budget is changed. */
  String CHANGED = "BudgetChanged";

  /**
   * Stores a new yearly budget.
   *
   * @param proposal the budget
   * @param actor who adopts it (for the audit trail)
   * @return the stored budget at version 1 with its reserve fund check
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when the year
   *     has a budget already; the refusals of {@link PlanCallsForFunds#plan}
   */
  StoredBudget adopt(BudgetProposal proposal, String actor);

  /**
   * Changes a stored yearly budget at the version read.
   *
   * @param proposal the new budget; its {@code yearStart}, when given, must be {@code yearStart}
   * @param yearStart the first day of the budget's year
   * @param version the version read
   * @param actor who changes it
   * @return the stored budget at its next version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (no such budget), {@code
   *     CONCURRENT_UPDATE} (another version is stored), {@code INVALID_FIELD yearStart} (another
   *     year), the refusals of {@link PlanCallsForFunds#plan}
   */
  StoredBudget change(BudgetProposal proposal, LocalDate yearStart, long version, String actor);

  /**
   * The building's stored budgets, at once (for batch work); a host answering requests reads
   * {@link #budgets(String, String, Integer, String) a page}.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @return its budgets, oldest year first
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building
   */
  List<StoredBudget> budgets(String organisation, String building);

  /**
   * A page of the building's stored budgets, oldest year first: at most {@code limit} whose year
   * starts after {@code after} (the {@code yearStart} of the last budget of the previous page).
   * The cost follows the page, not the organisation's budgets.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param limit 1 to 1000; null for 100
   * @param after the first day of the year of the last budget of the previous page ({@code
   *     yyyy-mm-dd}), null for the first page; it need not be a stored budget's
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building,
   *     {@code INVALID_FIELD} naming {@code limit} (out of bounds) or {@code after} (not a date)
   */
  List<StoredBudget> budgets(String organisation, String building, @Nullable Integer limit, @Nullable String after);

  /**
   * One stored budget.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param yearStart the first day of its year
   * @return the budget with its reserve fund check
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building
   *     or year
   */
  StoredBudget budget(String organisation, String building, LocalDate yearStart);

  /**
   * The calls for funds of every lot derived from a stored budget, over the building's lots as
   * they are now.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param yearStart the first day of the budget's year
   * @return the plan, with the budget's version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building
   *     or year
   */
  CallsForFundsPlan callsForFunds(String organisation, String building, LocalDate yearStart);

  /**
   * One stored budget, as a client names its year: the first day as text ({@code yyyy-MM-dd}, for
   * example from a path).
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param yearStart the first day of its year, as text
   * @return the budget with its reserve fund check
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD yearStart} when it is
   *     not a date, then as {@link #budget(String, String, LocalDate)}
   */
  default StoredBudget budget(String organisation, String building, String yearStart) {
    return budget(organisation, building, yearStart(yearStart));
  }

  /**
   * The calls for funds derived from a stored budget, as a client names its year: the first day as
   * text ({@code yyyy-MM-dd}, for example from a path).
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param yearStart the first day of the budget's year, as text
   * @return the plan, with the budget's version
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD yearStart} when it is
   *     not a date, then as {@link #callsForFunds(String, String, LocalDate)}
   */
  default CallsForFundsPlan callsForFunds(String organisation, String building, String yearStart) {
    return callsForFunds(organisation, building, yearStart(yearStart));
  }

  /**
   * Changes a stored yearly budget as a client sends it, at the version it names.
   *
   * @param organisation the tenant
   * @param building the building's id
   * @param yearStart the first day of the stored budget's financial year, as text ({@code
   *     yyyy-MM-dd}, for example from a path)
   * @param budget the budget as sent, with the version read
   * @param actor who changes it
   * @return the stored budget at its next version
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD yearStart} when it is
   *     not a date, then {@code MISSING_FIELD version} when the budget names no version, then as
   *     {@link #change(BudgetProposal, LocalDate, long, String)}
   */
  default StoredBudget change(String organisation, String building, String yearStart, Budget budget,
      String actor) {
    LocalDate day = yearStart(yearStart);
    long version = ClientFields.versionRead(budget.version());
    return change(budget.proposal(organisation, building), day, version, actor);
  }

  /**
   * The first day of a budget's year as a client names it ({@code INVALID_FIELD}: the code these
   * routes published for a malformed day).
   *
   * @param text the day as text
   * @return the day
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD yearStart} when it is
   *     not a date
   */
  private static LocalDate yearStart(String text) {
    return ClientFields.date(text, "yearStart", ErrorCode.INVALID_FIELD);
  }

  /**
   * A yearly budget to store, as a client sends it.
   *
   * @param yearStart the first day of the financial year (the budget's id in its building)
   * @param frequency MONTHLY, QUARTERLY (default), HALF_YEARLY or YEARLY
   * @param lines the lines: fund WORKING_CAPITAL (ordinary charges, default) or RESERVE
   * @param previousYearOrdinaryCharges last year's ordinary charges for the 5% check (optional:
   *     the previous year's stored budget otherwise)
   * @param reserveWaiver the assembly's four-fifths vote to call less (optional)
   * @param version the version read (a change only)
   */
  record Budget(LocalDate yearStart, @Nullable String frequency, List<BudgetProposal.Line> lines,
      @Nullable String previousYearOrdinaryCharges, @Nullable BudgetProposal.WaiverRef reserveWaiver,
      @Nullable Long version) {
    /**
     * The budget as a building's proposal.
     *
     * @param organisation the tenant
     * @param building the building's id
     * @return the proposal
     */
    public BudgetProposal proposal(String organisation, String building) {
      return new BudgetProposal(organisation, building, yearStart, frequency, lines, previousYearOrdinaryCharges,
          reserveWaiver);
    }
  }
}
