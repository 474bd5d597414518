/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.koprogo.domain.accounting.BalanceSheet;
import org.koprogo.domain.accounting.IncomeStatement;
import org.koprogo.domain.accounting.TrialBalance;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Use cases on the double-entry books of a building's association of co-owners: every expense,
 * call for funds, payment, penalty and refund posts one balanced journal entry (with its audit
 * entry, in one unit of work); the trial balance, the income statement and the balance sheet; the
 * closing of a year. Posting the same entry id again with the same content records nothing.
 *
 * <p>Refusals: {@code NOT_FOUND} (building, owner, lot), {@code VALIDATION_FAILED}, {@code
 * INVALID_AMOUNT}, {@code EMPTY_ENTRY}, {@code UNKNOWN_ACCOUNT}, {@code PERIOD_CLOSED}, {@code
 * IDEMPOTENCY_CONFLICT} (an entry id reused for other content).
 */
public interface KeepBooks {

  /**
   * A supplier's invoice charged to an expense account of class 6 ({@code account}).
   *
   * @param command the invoice
   * @return the posting
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     VALIDATION_FAILED}, {@code INVALID_AMOUNT}, {@code EMPTY_ENTRY}, {@code UNKNOWN_ACCOUNT},
   *     {@code PERIOD_CLOSED}, {@code IDEMPOTENCY_CONFLICT}
   */
  Posted postExpense(Movement command);

  /**
   * A supplier's invoice paid by the reserve fund ({@code account} is ignored).
   *
   * @param command the invoice
   * @return the posting
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     VALIDATION_FAILED}, {@code INVALID_AMOUNT}, {@code EMPTY_ENTRY}, {@code PERIOD_CLOSED},
   *     {@code IDEMPOTENCY_CONFLICT}
   */
  Posted postReserveUse(Movement command);

  /**
   * A supplier paid from the bank ({@code account} is ignored).
   *
   * @param command the payment
   * @return the posting
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     VALIDATION_FAILED}, {@code INVALID_AMOUNT}, {@code EMPTY_ENTRY}, {@code PERIOD_CLOSED},
   *     {@code IDEMPOTENCY_CONFLICT}
   */
  Posted postSupplierPayment(Movement command);

  /**
   * A call for funds to an owner for a lot.
   *
   * @param command the call
   * @return the posting, with the payment reference to print
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (building, owner, lot),
   *     {@code VALIDATION_FAILED}, {@code INVALID_AMOUNT}, {@code EMPTY_ENTRY}, {@code
   *     PERIOD_CLOSED}, {@code IDEMPOTENCY_CONFLICT}
   */
  Posted postCallForFunds(Call command);

  /**
   * The calls for funds of one period of the building's stored yearly budget ({@code
   * KeepBuildingBudgets}: each lot's working-capital and reserve parts by the budget's keys),
   * posted to every owner of every lot in one unit of work: a lot held by several owners is called
   * to each for their part (split by their fractions, largest remainder, each fund apart), so that
   * the working capital and the reserve fund are called as the budget says. Entries {@code
   * call-<call>-<lot>}, or {@code call-<call>-<lot>-<owner>} for a lot of several owners, dated
   * the period's due date; a lot without an owner is not called. Posting the same period again
   * records nothing (every posting a duplicate).
   *
   * @param command the budget's year, the period and the call's number
   * @return one posting per owner and lot called, with the payment reference to print
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (building, budget), {@code
   *     VALIDATION_FAILED}, {@code INVALID_FIELD} (a period the budget does not have), {@code
   *     PERIOD_CLOSED}, {@code IDEMPOTENCY_CONFLICT}
   */
  java.util.List<Posted> postCallsOfBudget(BudgetCalls command);

  /**
   * The calls of one period of a stored budget.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param yearStart the first day of the budget's year
   * @param period the period called, from 1
   * @param call the building's number of the call, 1 to 9999 (with each owner's account number it
   *     makes their payment reference)
   * @param actor who posts (audited)
   */
  record BudgetCalls(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotNull LocalDate yearStart,
      @Positive int period,
      @Positive @jakarta.validation.constraints.Max(9999) int call,
      @NotBlank String actor) {}

  /**
   * An owner's payment received on the bank.
   *
   * @param command the payment
   * @return the posting
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     VALIDATION_FAILED}, {@code INVALID_AMOUNT}, {@code EMPTY_ENTRY}, {@code PERIOD_CLOSED},
   *     {@code IDEMPOTENCY_CONFLICT}
   */
  Posted postPayment(OwnerMovement command);

  /**
   * A late-payment penalty charged to an owner.
   *
   * @param command the penalty
   * @return the posting
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     VALIDATION_FAILED}, {@code INVALID_AMOUNT}, {@code EMPTY_ENTRY}, {@code PERIOD_CLOSED},
   *     {@code IDEMPOTENCY_CONFLICT}
   */
  Posted postPenalty(OwnerMovement command);

  /**
   * Money paid back to an owner.
   *
   * @param command the refund
   * @return the posting
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     VALIDATION_FAILED}, {@code INVALID_AMOUNT}, {@code EMPTY_ENTRY}, {@code PERIOD_CLOSED},
   *     {@code IDEMPOTENCY_CONFLICT}
   */
  Posted postRefund(OwnerMovement command);

  /**
   * Closes the calendar year {@code year}: classes 6 and 7 to the result carried forward.
   *
   * @param command the year
   * @return the closing posting
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     VALIDATION_FAILED}, {@code PERIOD_CLOSED} (already closed), {@code IDEMPOTENCY_CONFLICT}
   */
  Posted closeYear(YearClosing command);

  /**
   * The trial balance of the calendar year.
   *
   * @param query the year
   * @return the trial balance
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  TrialBalance trialBalance(YearQuery query);

  /**
   * The income statement of the calendar year.
   *
   * @param query the year
   * @return the income statement
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  IncomeStatement incomeStatement(YearQuery query);

  /**
   * The balance sheet at the end of the calendar year.
   *
   * @param query the year
   * @return the balance sheet
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  BalanceSheet balanceSheet(YearQuery query);

  /**
   * An owner's individual account (account 410) at the end of a date: positive when they owe.
   *
   * @param query the owner and the date
   * @return the balance
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  Money ownerBalance(OwnerQuery query);

  /**
   * One entry of a building's journal, as posted.
   *
   * @param query the building and the entry's id
   * @return the entry
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (building, entry), {@code
   *     VALIDATION_FAILED}
   */
  org.koprogo.domain.accounting.JournalEntry entry(EntryQuery query);

  /**
   * An entry of a building's journal.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param entry the entry's id
   */
  record EntryQuery(@NotBlank String organisation, @NotBlank String building, @NotBlank String entry) {}

  /**
   * An entry not tied to an owner.
   *
   * @param entry the entry's id, the same on every retry
   * @param amount a positive plain decimal in the building's currency
   * @param account the expense account (class 6) of an expense; ignored otherwise
   * @param organisation the tenant's id
   * @param building the building
   * @param date the date it takes effect
   * @param label a short description (an invoice number)
   * @param actor who posts (audited)
   */
  record Movement(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank @Size(max = 200) String entry,
      @NotNull LocalDate date,
      @NotNull @Size(max = 200) String label,
      @NotNull @Pattern(regexp = "[0-9]{1,18}(\\.[0-9]{1,4})?") String amount,
      @Pattern(regexp = "[1-7][0-9]{0,7}") String account,
      @NotBlank String actor) {}

  /**
   * A call for funds: the lot's working-capital and reserve parts (plain decimals, either may be
   * 0). {@code call} is the building's number of the call (1 to 9999, the same for every owner
   * called together): with the owner's account number it makes the payment reference.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param entry the entry's id, the same on every retry
   * @param dueDate the call's due date
   * @param owner the owner called
   * @param lot the lot the call is for
   * @param period the period of the year called, from 1
   * @param call the building's number of the call, 1 to 9999
   * @param workingCapital the working-capital part, a plain decimal
   * @param reserve the reserve-fund part, a plain decimal
   * @param actor who posts (audited)
   */
  record Call(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank @Size(max = 200) String entry,
      @NotNull LocalDate dueDate,
      @NotBlank String owner,
      @NotBlank String lot,
      @Positive int period,
      @Positive @jakarta.validation.constraints.Max(9999) int call,
      @NotNull @Pattern(regexp = "[0-9]{1,18}(\\.[0-9]{1,4})?") String workingCapital,
      @NotNull @Pattern(regexp = "[0-9]{1,18}(\\.[0-9]{1,4})?") String reserve,
      @NotBlank String actor) {}

  /**
   * An entry on an owner's individual account.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param entry the entry's id, the same on every retry
   * @param date the date it takes effect
   * @param owner the owner
   * @param label a short description
   * @param amount a positive plain decimal in the building's currency
   * @param actor who posts (audited)
   */
  record OwnerMovement(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank @Size(max = 200) String entry,
      @NotNull LocalDate date,
      @NotBlank String owner,
      @NotNull @Size(max = 200) String label,
      @NotNull @Pattern(regexp = "[0-9]{1,18}(\\.[0-9]{1,4})?") String amount,
      @NotBlank String actor) {}

  /**
   * The closing of a calendar year.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param entry the closing entry's id
   * @param year the calendar year closed
   * @param actor who closes it (audited)
   */
  record YearClosing(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank @Size(max = 200) String entry,
      int year,
      @NotBlank String actor) {
    /**
     * The closing of a calendar year under its conventional entry, {@code closing-<year>}: the same
     * entry on every retry, so that closing again changes nothing ({@code duplicate: true}).
     *
     * @param organisation the tenant's id
     * @param building the building
     * @param year the calendar year closed
     * @param actor who closes it (audited)
     * @return the closing
     */
    public static YearClosing of(String organisation, String building, int year, String actor) {
      return new YearClosing(organisation, building, "closing-" + year, year, actor);
    }

    /**
     * The closing of a calendar year as a client names it (four digits, for example from a path),
     * under its conventional entry {@code closing-<year>}.
     *
     * @param organisation the tenant's id
     * @param building the building
     * @param year the calendar year closed, as text
     * @param actor who closes it (audited)
     * @return the closing
     * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD year} when it is not
     *     four digits
     */
    public static YearClosing of(String organisation, String building, String year, String actor) {
      return of(organisation, building, ClientFields.year(year, "year"), actor);
    }
  }

  /**
   * A report of a calendar year.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param year the calendar year
   */
  record YearQuery(@NotBlank String organisation, @NotBlank String building, int year) {
    /**
     * A report of a calendar year as a client names it (four digits, for example from a path).
     *
     * @param organisation the tenant's id
     * @param building the building
     * @param year the calendar year, as text
     * @return the query
     * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD year} when it is not
     *     four digits
     */
    public static YearQuery of(String organisation, String building, String year) {
      return new YearQuery(organisation, building, ClientFields.year(year, "year"));
    }
  }

  /**
   * An owner's account at the end of a date.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param owner the owner
   * @param asOf the last day counted
   */
  record OwnerQuery(@NotBlank String organisation, @NotBlank String building, @NotBlank String owner, @NotNull LocalDate asOf) {
    /**
     * The owner's id.
     *
     * @return the owner's id
     */
    public OwnerId ownerId() {
      return OwnerId.of(owner);
    }
  }

  /**
   * Posts a call for funds as a client sends it ({@link #postCallForFunds(Call)}): a new entry id
   * when the client names none.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param call the call as the client sends it
   * @param actor who posts it (audited)
   * @return the entry posted, or the one already posted with the same content
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #postCallForFunds(Call)}
   */
  default Posted postCallForFunds(String organisation, String building, NewCall call, String actor) {
    return postCallForFunds(new Call(organisation, building, ClientFields.orNew(call.entry()), call.dueDate(),
        call.owner(), call.lot(), call.period(), call.call(), call.workingCapital(), call.reserve(), actor));
  }

  /**
   * Posts a supplier's invoice as a client sends it ({@link #postExpense(Movement)}): a new entry
   * id when the client names none, an empty label when it gives none.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param expense the invoice as the client sends it
   * @param actor who posts it (audited)
   * @return the entry posted, or the one already posted with the same content
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #postExpense(Movement)}
   */
  default Posted postExpense(String organisation, String building, NewExpense expense, String actor) {
    return postExpense(new Movement(organisation, building, ClientFields.orNew(expense.entry()), expense.date(),
        ClientFields.orEmpty(expense.label()), expense.amount(), expense.account(), actor));
  }

  /**
   * Posts an owner's payment as a client sends it ({@link #postPayment(OwnerMovement)}): a new entry
   * id when the client names none, an empty label when it gives none.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param payment the payment as the client sends it
   * @param actor who posts it (audited)
   * @return the entry posted, or the one already posted with the same content
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #postPayment(OwnerMovement)}
   */
  default Posted postPayment(String organisation, String building, NewPayment payment, String actor) {
    return postPayment(new OwnerMovement(organisation, building, ClientFields.orNew(payment.entry()), payment.date(),
        payment.owner(), ClientFields.orEmpty(payment.label()), payment.amount(), actor));
  }

  /**
   * A call for funds to post, as a client sends it: the lot's working-capital and reserve parts.
   *
   * @param entry the entry's id, the same on every retry (a new one when absent)
   * @param dueDate the call's due date, the entry's date
   * @param owner the owner called
   * @param lot the lot called for
   * @param period the period of the year called, from 1
   * @param call the building's number of the call (1 to 9999), the same for every owner called
   *     together: with the owner's account number it makes the payment reference
   * @param workingCapital the working-capital part, plain decimal
   * @param reserve the reserve-fund part, plain decimal
   */
  record NewCall(@Nullable String entry, LocalDate dueDate, String owner, String lot, int period, int call,
      String workingCapital, String reserve) {}

  /**
   * A supplier's invoice to post on an expense account of class 6, as a client sends it.
   *
   * @param entry the entry's id, the same on every retry (a new one when absent)
   * @param date the invoice's date
   * @param label its reference (empty when absent)
   * @param amount plain decimal
   * @param account the expense account of class 6 (610 when absent)
   */
  record NewExpense(@Nullable String entry, LocalDate date, String label, String amount,
      @Nullable String account) {}

  /**
   * An owner's payment to post, as a client sends it.
   *
   * @param entry the entry's id, the same on every retry (a new one when absent)
   * @param date the value date
   * @param owner the owner who paid
   * @param label the bank's reference (empty when absent)
   * @param amount plain decimal
   */
  record NewPayment(@Nullable String entry, LocalDate date, String owner, @Nullable String label,
      String amount) {}

  /**
   * The outcome of a posting.
   *
   * @param entry the entry's id
   * @param kind its kind
   * @param amount the total of its debits, plain decimal
   * @param duplicate true when nothing new was recorded
   * @param reference the structured communication to print (a call for funds), else empty
   */
  record Posted(String entry, String kind, String amount, boolean duplicate, String reference) {
    /**
     * A posting without payment reference.
     *
     * @param entry the entry's id
     * @param kind its kind
     * @param amount the total of its debits
     * @param duplicate true when nothing new was recorded
     */
    public Posted(String entry, String kind, String amount, boolean duplicate) {
      this(entry, kind, amount, duplicate, "");
    }
  }
}
