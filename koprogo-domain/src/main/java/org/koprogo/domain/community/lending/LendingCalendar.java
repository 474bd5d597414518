/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.lending;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.Set;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A building's object lending: the objects and their booking calendar. A loan lasts 1 to 90
 * days; the calendar never holds two overlapping loans of the same object, whatever the order
 * of the requests (a booking that overlaps a booked or handed-over loan is refused with {@code
 * LOAN_OVERLAP}). Handover and return note the object's condition.
 *
 * <p>Refuses everything with {@code MODULE_DISABLED} while {@link CommunityModule#OBJECT_LENDING}
 * is off. Not thread-safe: one instance per unit of work.
 */
public final class LendingCalendar {
  /** The longest loan, in days. */
  public static final int MAX_DAYS = 90;

  private final CommunitySettings settings;
  private final Map<String, LendableObject> objects = new LinkedHashMap<>();
  private final Map<String, Loan> loans = new LinkedHashMap<>();

  /**
   * An empty calendar.
   *
   * @param settings the building's community settings
   */
  public LendingCalendar(CommunitySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * A calendar as stored: its objects and its loans in booking order. Refuses stored loans that
   * would break the calendar's rule ({@code LOAN_OVERLAP}) or name an unknown object.
   *
   * @param settings the building's community settings
   * @param objects the stored objects
   * @param loans the stored loans
   * @return the calendar
   * @throws KoproGoException {@code LOAN_OVERLAP} for overlapping loans of one object, {@code
   *     NOT_FOUND} for a loan of an unknown object
   */
  public static LendingCalendar restore(CommunitySettings settings, List<LendableObject> objects, List<Loan> loans) {
    LendingCalendar calendar = new LendingCalendar(settings);
    for (LendableObject o : objects) {
      calendar.objects.put(o.id(), o);
    }
    for (Loan l : loans) {
      calendar.object(l.objectId());
      if (l.status().holdsThePeriod()) {
        for (Loan other : calendar.loans.values()) {
          if (other.objectId().equals(l.objectId()) && other.status().holdsThePeriod() && other.overlaps(l.from(), l.until())) {
            throw KoproGoException.of(
                ErrorCode.LOAN_OVERLAP, "stored loans " + other.id() + " and " + l.id() + " overlap", "value", l.objectId());
          }
        }
      }
      calendar.loans.put(l.id(), l);
    }
    return calendar;
  }

  /**
   * Lists an object for lending.
   *
   * @param object the object
   * @return the object
   * @throws KoproGoException {@code MODULE_DISABLED} when lending is off, {@code DUPLICATE_UNIT}
   *     for an object already listed
   */
  public LendableObject list(LendableObject object) {
    settings.require(CommunityModule.OBJECT_LENDING);
    if (objects.putIfAbsent(object.id(), object) != null) {
      throw KoproGoException.of(ErrorCode.DUPLICATE_UNIT, "object " + object.id() + " is already listed", "value", object.id());
    }
    return object;
  }

  /**
   * Books {@code objectId} for {@code borrower} from {@code from} to {@code until}, both included.
   *
   * @param loanId the loan's id
   * @param objectId the object's id
   * @param borrower who borrows it
   * @param from the first day
   * @param until the last day
   * @return the loan, BOOKED
   * @throws KoproGoException {@code INVALID_LOAN_PERIOD} (not 1 to 90 days), {@code LOAN_OVERLAP},
   *     {@code NOT_A_PARTY} (the owner borrowing their own object), {@code NOT_FOUND}
   */
  public Loan book(String loanId, String objectId, NeighbourId borrower, LocalDate from, LocalDate until) {
    settings.require(CommunityModule.OBJECT_LENDING);
    LendableObject object = object(objectId);
    if (object.owner().equals(borrower)) {
      throw KoproGoException.of(ErrorCode.NOT_A_PARTY, borrower + " owns " + objectId + " and cannot borrow it", "value", borrower.value());
    }
    long days = ChronoUnit.DAYS.between(from, until) + 1;
    if (days < 1 || days > MAX_DAYS) {
      throw KoproGoException.of(
          ErrorCode.INVALID_LOAN_PERIOD, "a loan lasts 1 to " + MAX_DAYS + " days, got " + days,
          "value", days, "from", from.toString(), "until", until.toString());
    }
    if (loans.containsKey(loanId)) {
      throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION, "loan " + loanId + " already exists", "value", loanId);
    }
    for (Loan other : loans.values()) {
      if (other.objectId().equals(objectId) && other.status().holdsThePeriod() && other.overlaps(from, until)) {
        throw KoproGoException.of(
            ErrorCode.LOAN_OVERLAP,
            objectId + " is already booked from " + other.from() + " to " + other.until(),
            "value", objectId, "from", other.from().toString(), "until", other.until().toString());
      }
    }
    Loan loan = new Loan(loanId, objectId, borrower, from, until, LoanStatus.BOOKED, null, null);
    loans.put(loanId, loan);
    return loan;
  }

  /**
   * The owner hands the object over, noting its condition.
   *
   * @param loanId the loan's id
   * @param condition the object's condition at handover
   * @return the loan, HANDED_OVER
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}
   *     unless booked
   */
  public Loan handOver(String loanId, Condition condition) {
    settings.require(CommunityModule.OBJECT_LENDING);
    Loan l = loan(loanId);
    requireStatus(l, LoanStatus.BOOKED, LoanStatus.HANDED_OVER, "only a booked loan is handed over");
    return put(new Loan(l.id(), l.objectId(), l.borrower(), l.from(), l.until(), LoanStatus.HANDED_OVER, condition, null));
  }

  /**
   * The borrower returns the object, noting its condition.
   *
   * @param loanId the loan's id
   * @param condition the object's condition on return
   * @return the loan, RETURNED
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}
   *     unless handed over
   */
  public Loan giveBack(String loanId, Condition condition) {
    settings.require(CommunityModule.OBJECT_LENDING);
    Loan l = loan(loanId);
    requireStatus(l, LoanStatus.HANDED_OVER, LoanStatus.RETURNED, "only a handed-over loan is returned");
    return put(new Loan(l.id(), l.objectId(), l.borrower(), l.from(), l.until(), LoanStatus.RETURNED, l.conditionAtHandover(), condition));
  }

  /**
   * A booking is cancelled before handover: its period is free again.
   *
   * @param loanId the loan's id
   * @return the loan, CANCELLED
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}
   *     unless booked
   */
  public Loan cancel(String loanId) {
    settings.require(CommunityModule.OBJECT_LENDING);
    Loan l = loan(loanId);
    requireStatus(l, LoanStatus.BOOKED, LoanStatus.CANCELLED, "only a booked loan is cancelled");
    return put(new Loan(l.id(), l.objectId(), l.borrower(), l.from(), l.until(), LoanStatus.CANCELLED, null, null));
  }

  /**
   * Notification intents for loans handed over whose return date is {@code daysBefore} days
   * after {@code asOf} (for example 2 and 0: two days before, and on the day).
   *
   * @param asOf the day the reminders are computed
   * @param daysBefore the days before the return date that get a reminder
   * @return the reminders due
   * @throws KoproGoException {@code MODULE_DISABLED} when lending is off
   */
  public List<ReturnReminderDue> remindersDue(LocalDate asOf, int... daysBefore) {
    settings.require(CommunityModule.OBJECT_LENDING);
    List<ReturnReminderDue> result = new ArrayList<>();
    for (Loan l : loans.values()) {
      result.addAll(remindersDue(l, asOf, daysBefore));
    }
    return result;
  }

  /**
   * The return days a loan handed over may have for a reminder to be due on {@code asOf}: {@code
   * asOf} plus each of {@code daysBefore} (a reader of the loans due back on these days alone
   * finds every loan {@link #remindersDue(Loan, LocalDate, int...)} reminds of).
   *
   * @param asOf the day of the reminders
   * @param daysBefore how many days before the return day a reminder goes
   * @return the return days
   */
  public static Set<LocalDate> returnDaysReminded(LocalDate asOf, int... daysBefore) {
    Objects.requireNonNull(asOf, "asOf");
    Set<LocalDate> days = new TreeSet<>();
    for (int d : daysBefore) {
      days.add(asOf.plusDays(d));
    }
    return Set.copyOf(days);
  }

  /**
   * The reminders due on {@code asOf} for one loan: one when it is handed over and its return
   * date is {@code daysBefore} days after {@code asOf}, else none (what {@link
   * #remindersDue(LocalDate, int...)} finds for each loan, for a page of loans read on its own).
   *
   * @param loan the loan
   * @param asOf the day the reminders are computed
   * @param daysBefore the days before the return date that get a reminder
   * @return the reminders due for that loan
   */
  public static List<ReturnReminderDue> remindersDue(Loan loan, LocalDate asOf, int... daysBefore) {
    Objects.requireNonNull(loan, "loan");
    Objects.requireNonNull(asOf, "asOf");
    if (loan.status() != LoanStatus.HANDED_OVER) {
      return List.of();
    }
    List<ReturnReminderDue> result = new ArrayList<>();
    long left = ChronoUnit.DAYS.between(asOf, loan.until());
    for (int d : daysBefore) {
      if (left == d) {
        result.add(new ReturnReminderDue(
            loan.id(), loan.objectId(), loan.borrower(), loan.until(), d, "loan:" + loan.id() + ":return-reminder:" + d));
      }
    }
    return result;
  }

  /**
   * Every loan, in booking order.
   *
   * @return the loans
   */
  public List<Loan> loans() {
    return List.copyOf(loans.values());
  }

  /**
   * Every listed object.
   *
   * @return the objects
   */
  public List<LendableObject> objects() {
    return List.copyOf(objects.values());
  }

  private Loan put(Loan loan) {
    loans.put(loan.id(), loan);
    return loan;
  }

  private LendableObject object(String id) {
    LendableObject o = objects.get(id);
    if (o == null) {
      throw KoproGoException.of(ErrorCode.NOT_FOUND, "no object " + id, "value", id);
    }
    return o;
  }

  private Loan loan(String id) {
    Loan l = loans.get(id);
    if (l == null) {
      throw KoproGoException.of(ErrorCode.NOT_FOUND, "no loan " + id, "value", id);
    }
    return l;
  }

  private static void requireStatus(Loan l, LoanStatus from, LoanStatus to, String guard) {
    if (l.status() != from) {
      throw KoproGoException.of(
          ErrorCode.ILLEGAL_TRANSITION, "loan " + l.id() + ": " + l.status() + " -> " + to + " refused: " + guard,
          "from", l.status().name(), "to", to.name(), "guard", guard);
    }
  }
}
