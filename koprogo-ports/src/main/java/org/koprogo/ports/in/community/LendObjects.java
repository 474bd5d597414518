/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.community;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.ReturnReminderDue;
import org.koprogo.ports.in.fields.ClientFields;

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
   * Reminders due on the host's today, two days before the return date and on the day, in the
   * loans' booking order, at once (for batch work); a host answering requests reads {@link
   * #remindersDue(CommunityRef, Integer, String) a page}.
   *
   * @param query the building
   * @return the reminders due
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code VALIDATION_FAILED}
   */
  List<ReturnReminderDue> remindersDue(CommunityRef query);

  /**
   * A page of the reminders due on the host's today, in the loans' booking order: at most {@code
   * limit} after the reminder of the loan {@code after} (the last of the previous page; one
   * reminder per loan on a day). The cost follows the loans due back on the reminded days, not
   * the calendar.
   *
   * @param query the building
   * @param limit 1 to 1000; null for 100
   * @param after the loan of the last reminder of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code VALIDATION_FAILED}, {@code INVALID_FIELD} naming {@code limit} (out of bounds) or
   *     {@code after} (blank or longer than 100 characters)
   */
  List<ReturnReminderDue> remindersDue(CommunityRef query, Integer limit, String after);

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

  // --- the commands as a client sends them, with the defaults a host would otherwise apply ---

  /**
   * An object the caller lends, with an optional deposit in money or in hours, as a client sends
   * it.
   *
   * @param id the object's id, or null for a new one
   * @param description what it is
   * @param condition its condition: NEW, GOOD, FAIR, WORN or DAMAGED
   * @param depositAmount the deposit in money, a plain decimal ({@code "20.00"}), or null
   * @param depositCurrency the deposit's currency (ISO 4217), or null for EUR
   * @param depositHours the deposit in hours, a plain decimal ({@code "2"}), or null
   */
  record NewListing(
      @Nullable String id, String description, String condition, @Nullable String depositAmount,
      @Nullable String depositCurrency, @Nullable String depositHours) {}

  /**
   * Lists the object a client sends ({@link #list(NewObject)}): a new object id when it names none.
   *
   * @param organisation the tenant
   * @param building the building
   * @param owner who lends it (the caller)
   * @param listing the object as the client sends it
   * @return the object listed
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #list(NewObject)}
   */
  default LendableObject list(String organisation, String building, String owner, NewListing listing) {
    return list(new NewObject(organisation, building, ClientFields.orNew(listing.id()), owner, listing.description(),
        listing.condition(), listing.depositAmount(), listing.depositCurrency(), listing.depositHours()));
  }

  /**
   * A booking by the caller of an object for the days {@code from} to {@code until}, as a client
   * sends it.
   *
   * @param id the loan's id, or null for a new one
   * @param object the object to borrow
   * @param from the first day
   * @param until the last day (the return date, included)
   */
  record NewBooking(@Nullable String id, String object, LocalDate from, LocalDate until) {}

  /**
   * Books as a client asks ({@link #book(Booking)}): a new loan id when it names none.
   *
   * @param organisation the tenant
   * @param building the building
   * @param borrower who borrows (the caller)
   * @param booking the booking as the client sends it
   * @return the loan, BOOKED
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #book(Booking)}
   */
  default Loan book(String organisation, String building, String borrower, NewBooking booking) {
    return book(new Booking(organisation, building, ClientFields.orNew(booking.id()), booking.object(), borrower,
        booking.from(), booking.until()));
  }

  /**
   * The object's condition at handover or return, as a client sends it.
   *
   * @param condition NEW, GOOD, FAIR, WORN or DAMAGED
   */
  record ConditionNoted(String condition) {}

  /**
   * Hands the object of {@code loan} over in the condition a client notes ({@link
   * #handOver(LoanStep)}).
   *
   * @param organisation the tenant
   * @param building the building
   * @param loan the loan
   * @param noted the condition as the client sends it
   * @return the loan, HANDED_OVER
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #handOver(LoanStep)}
   */
  default Loan handOver(String organisation, String building, String loan, ConditionNoted noted) {
    return handOver(new LoanStep(organisation, building, loan, noted.condition()));
  }

  /**
   * Gives the object of {@code loan} back in the condition a client notes ({@link
   * #giveBack(LoanStep)}).
   *
   * @param organisation the tenant
   * @param building the building
   * @param loan the loan
   * @param noted the condition as the client sends it
   * @return the loan, RETURNED
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #giveBack(LoanStep)}
   */
  default Loan giveBack(String organisation, String building, String loan, ConditionNoted noted) {
    return giveBack(new LoanStep(organisation, building, loan, noted.condition()));
  }
}
