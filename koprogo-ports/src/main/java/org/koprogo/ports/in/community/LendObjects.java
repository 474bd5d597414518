/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.ReturnReminderDue;

/**
 * Object lending in a building: objects, a booking calendar that never holds two overlapping
 * loans of the same object (whatever the order of the requests, concurrent ones included: a
 * booking that loses a race to another is decided again on the winner's data), handover and
 * return with the condition noted, reminders before the return date.
 *
 * <p>Refusals: {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code LOAN_OVERLAP}, {@code
 * INVALID_LOAN_PERIOD}, {@code NOT_A_PARTY}, {@code ILLEGAL_TRANSITION}, {@code
 * DUPLICATE_UNIT} (an object listed twice), {@code VALIDATION_FAILED}.
 */
public interface LendObjects {

  /**
   * Lists an object for lending.
   *
   * @param command the object
   * @return the object listed
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code DUPLICATE_UNIT}, {@code VALIDATION_FAILED}
   */
  LendableObject list(NewObject command);

  /**
   * Books an object for the days {@code [from, until]}.
   *
   * @param command the object, the borrower and the days
   * @return the loan, BOOKED
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code LOAN_OVERLAP}, {@code INVALID_LOAN_PERIOD}, {@code NOT_A_PARTY}, {@code
   *     VALIDATION_FAILED}
   */
  Loan book(Booking command);

  /**
   * The owner hands the object over, noting its condition.
   *
   * @param command the loan and the condition
   * @return the loan, HANDED_OVER
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION}, {@code VALIDATION_FAILED}
   */
  Loan handOver(LoanStep command);

  /**
   * The borrower gives the object back, noting its condition.
   *
   * @param command the loan and the condition
   * @return the loan, RETURNED
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION}, {@code VALIDATION_FAILED}
   */
  Loan giveBack(LoanStep command);

  /**
   * A booking is cancelled before handover.
   *
   * @param command the loan
   * @return the loan, CANCELLED
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION}, {@code VALIDATION_FAILED}
   */
  Loan cancel(LoanStep command);

  /**
   * Every listed object, at once; a host answering requests reads {@link #objects(CommunityRef,
   * Integer, String) a page}.
   *
   * @param query the building
   * @return the objects
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  List<LendableObject> objects(CommunityRef query);

  /**
   * A page of the listed objects in listing order: at most {@code limit} after the object {@code
   * after} (the last of the previous page). The cost follows the page, not the community.
   *
   * @param query the building
   * @param limit 1 to 1000; null for 100
   * @param after the last object of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code MODULE_DISABLED},
   *     {@code VALIDATION_FAILED}, {@code INVALID_FIELD} naming {@code limit} (out of bounds) or
   *     {@code after} (blank or longer than 100 characters)
   */
  List<LendableObject> objects(CommunityRef query, Integer limit, String after);

  /**
   * Every loan, in booking order, at once; a host answering requests reads {@link
   * #loans(CommunityRef, Integer, String) a page}.
   *
   * @param query the building
   * @return the loans
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  List<Loan> loans(CommunityRef query);

  /**
   * A page of the loans in booking order: at most {@code limit} after the loan {@code after} (the
   * last of the previous page). The cost follows the page, not the community.
   *
   * @param query the building
   * @param limit 1 to 1000; null for 100
   * @param after the last loan of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code MODULE_DISABLED},
   *     {@code VALIDATION_FAILED}, {@code INVALID_FIELD} naming {@code limit} (out of bounds) or
   *     {@code after} (blank or longer than 100 characters)
   */
  List<Loan> loans(CommunityRef query, Integer limit, String after);

  /**
   * Reminders due on the host's today, two days before the return date and on the day.
   *
   * @param query the building
   * @return the reminders due
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code VALIDATION_FAILED}
   */
  List<ReturnReminderDue> remindersDue(CommunityRef query);

  /**
   * An object to lend.
   *
   * @param organisation the tenant
   * @param building the building
   * @param object its id
   * @param owner who lends it
   * @param description what it is
   * @param condition NEW, GOOD, FAIR, WORN or DAMAGED
   * @param depositAmount a deposit in money ({@code "20.00"}), or null
   * @param depositCurrency its ISO 4217 code (EUR when null)
   * @param depositHours a deposit in time credits ({@code "2"}), or null
   */
  record NewObject(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank String object,
      @NotBlank String owner,
      @NotBlank String description,
      @NotNull @Pattern(regexp = "NEW|GOOD|FAIR|WORN|DAMAGED") String condition,
      @Pattern(regexp = "[0-9]+(\\.[0-9]+)?") String depositAmount,
      @Pattern(regexp = "[A-Z]{3}") String depositCurrency,
      @Pattern(regexp = "[0-9]+(\\.[0-9]+)?") String depositHours) {}

  /**
   * A booking.
   *
   * @param organisation the tenant
   * @param building the building
   * @param loan the new loan's id
   * @param object the object
   * @param borrower who borrows it
   * @param from the first day
   * @param until the last day (the return date), 1 to 90 days in all
   */
  record Booking(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank String loan,
      @NotBlank String object,
      @NotBlank String borrower,
      @NotNull LocalDate from,
      @NotNull LocalDate until) {}

  /**
   * A step of a loan.
   *
   * @param organisation the tenant
   * @param building the building
   * @param loan the loan
   * @param condition the object's condition (handover and return), or null (cancel)
   */
  record LoanStep(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank String loan,
      @Pattern(regexp = "NEW|GOOD|FAIR|WORN|DAMAGED") String condition) {}
}
