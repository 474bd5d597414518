/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.lending.Deposit;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.LendingCalendar;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.ReturnReminderDue;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.application.Pages;
import org.koprogo.ports.application.community.CommunityWork.Outcome;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.LendObjects;

/**
 * {@link LendObjects} on the building's stored calendar. Two bookings of overlapping days that
 * race each other both read the same version; the second to store gets {@code
 * CONCURRENT_UPDATE}, and {@link CommunityWork} books it again on the fresh calendar, which
 * refuses it with {@code LOAN_OVERLAP}.
 */
final class ObjectLending implements LendObjects {
  /** Reminders two days before the return date and on the day. */
  static final int[] REMINDER_DAYS = {2, 0};

  private final CommunityWork work;

  ObjectLending(CommunityWork work) {
    this.work = work;
  }

  @Override
  public LendableObject list(NewObject command) {
    work.validation.check(command);
    LendableObject object =
        new LendableObject(
            command.object(), NeighbourId.of(command.owner()), command.description(),
            Condition.valueOf(command.condition()), deposit(command));
    return on(command.organisation(), command.building(), calendar -> calendar.list(object));
  }

  @Override
  public Loan book(Booking command) {
    work.validation.check(command);
    return on(command.organisation(), command.building(),
        calendar -> calendar.book(command.loan(), command.object(), NeighbourId.of(command.borrower()), command.from(), command.until()));
  }

  @Override
  public Loan handOver(LoanStep command) {
    work.validation.check(command);
    Condition condition = condition(command);
    return on(command.organisation(), command.building(), calendar -> calendar.handOver(command.loan(), condition));
  }

  @Override
  public Loan giveBack(LoanStep command) {
    work.validation.check(command);
    Condition condition = condition(command);
    return on(command.organisation(), command.building(), calendar -> calendar.giveBack(command.loan(), condition));
  }

  @Override
  public Loan cancel(LoanStep command) {
    work.validation.check(command);
    return on(command.organisation(), command.building(), calendar -> calendar.cancel(command.loan()));
  }

  @Override
  public List<LendableObject> objects(CommunityRef query) {
    return work.read(query, CommunityModule.OBJECT_LENDING).objects();
  }

  @Override
  public List<Loan> loans(CommunityRef query) {
    return work.read(query, CommunityModule.OBJECT_LENDING).loans();
  }

  @Override
  public List<LendableObject> objects(CommunityRef query, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "an object id", id -> id);
    return work.page(query, CommunityModule.OBJECT_LENDING,
        (organisation, building) -> work.store.buildings().objects(organisation, building, from, n));
  }

  @Override
  public List<Loan> loans(CommunityRef query, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a loan id", id -> id);
    return work.page(query, CommunityModule.OBJECT_LENDING,
        (organisation, building) -> work.store.buildings().loans(organisation, building, from, n));
  }

  @Override
  public List<ReturnReminderDue> remindersDue(CommunityRef query) {
    return work.read(query, CommunityModule.OBJECT_LENDING).lending().remindersDue(work.ports.clock().today(), REMINDER_DAYS);
  }

  @Override
  public List<ReturnReminderDue> remindersDue(CommunityRef query, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a loan id", id -> id);
    LocalDate today = work.ports.clock().today();
    Set<LocalDate> days = LendingCalendar.returnDaysReminded(today, REMINDER_DAYS);
    List<Loan> due = work.page(query, CommunityModule.OBJECT_LENDING,
        (organisation, building) -> work.store.buildings().handedOverDueBack(organisation, building, days, from, n));
    List<ReturnReminderDue> page = new ArrayList<>();
    for (Loan l : due) {
      page.addAll(LendingCalendar.remindersDue(l, today, REMINDER_DAYS));
    }
    return List.copyOf(page);
  }

  private <T> T on(String organisation, String building, Function<LendingCalendar, T> step) {
    return work.change(organisation, building, current -> {
      LendingCalendar calendar = current.lending();
      T result = step.apply(calendar);
      return new Outcome<>(current.with(calendar), result);
    });
  }

  private static Condition condition(LoanStep command) {
    if (command.condition() == null) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, "the object's condition is noted", "field", "condition");
    }
    return Condition.valueOf(command.condition());
  }

  private static Deposit deposit(NewObject command) {
    if (command.depositAmount() != null && command.depositHours() != null) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "a deposit is in money or in time credits, not both",
          "field", "depositHours", "value", command.depositHours());
    }
    if (command.depositAmount() != null) {
      String currency = command.depositCurrency() == null ? "EUR" : command.depositCurrency();
      return new Deposit.InMoney(Money.parse(command.depositAmount(), Money.currency(currency), "depositAmount"));
    }
    if (command.depositHours() != null) {
      return new Deposit.InCredits(TimeCredits.ofHours(new BigDecimal(command.depositHours())));
    }
    return null;
  }
}
