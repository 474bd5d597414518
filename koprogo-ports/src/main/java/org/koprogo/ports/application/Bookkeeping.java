/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.koprogo.domain.accounting.BalanceSheet;
import org.koprogo.domain.accounting.Books;
import org.koprogo.domain.accounting.ChartOfAccounts;
import org.koprogo.domain.accounting.FinancialYear;
import org.koprogo.domain.accounting.IncomeStatement;
import org.koprogo.domain.accounting.JournalEntry;
import org.koprogo.domain.accounting.OwnerAccount;
import org.koprogo.domain.accounting.Postings;
import org.koprogo.domain.accounting.TrialBalance;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.building.Holding;
import org.koprogo.domain.charges.ExpenseDistribution;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.Journal;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * {@link KeepBooks}: each posting reads the building's journal, lets the domain's {@link Books}
 * check the entry (chart, currency, closed years), appends it with its audit entry, all in one
 * transaction. An entry id already in the journal with the same content is a duplicate (nothing
 * recorded); with other content an {@code IDEMPOTENCY_CONFLICT}.
 *
 * <p>Built with {@link PersonNotifications}, a call for funds also queues its notice ({@link
 * Intent#CALL_FOR_FUNDS}: the owner's part, the due date, the payment reference) on the owner's
 * chosen channel, in the posting's unit of work, once per posting (a retried posting queues
 * nothing more). Without it, or for an owner reached by post, nothing is queued and the call is
 * printed and mailed by the organisation.
 */
public final class Bookkeeping implements KeepBooks {
  private final OutPorts ports;
  private final Journal journal;
  private final ChartOfAccounts chart;
  private final CommandValidation validation;
  private final References registers;
  private final PersonNotifications notices;

  /**
   * Books on {@code ports} and {@code journal} (the same adapter), with the minimum chart.
   *
   * @param ports the out ports
   * @param journal the buildings' journals
   * @param validation how commands are validated
   */
  public Bookkeeping(OutPorts ports, Journal journal, CommandValidation validation) {
    this(ports, journal, ChartOfAccounts.belgianMinimum(), validation);
  }

  /**
   * Books with a chart detailed by the host (sub-accounts).
   *
   * @param ports the out ports
   * @param journal the buildings' journals
   * @param chart the chart of accounts, with the host's sub-accounts
   * @param validation how commands are validated
   */
  public Bookkeeping(OutPorts ports, Journal journal, ChartOfAccounts chart, CommandValidation validation) {
    this(ports, journal, chart, validation, null, false);
  }

  /**
   * Books that also queue each call for funds' notice to its owner.
   *
   * @param ports the out ports
   * @param journal the buildings' journals
   * @param chart the chart of accounts, with the host's sub-accounts
   * @param validation how commands are validated
   * @param notices the notifier ({@link UseCases#personNotifications()}), never null
   */
  public Bookkeeping(OutPorts ports, Journal journal, ChartOfAccounts chart, CommandValidation validation,
      PersonNotifications notices) {
    this(ports, journal, chart, validation, notices, true);
  }

  private Bookkeeping(OutPorts ports, Journal journal, ChartOfAccounts chart, CommandValidation validation,
      PersonNotifications notices, boolean notifying) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.chart = Objects.requireNonNull(chart, "chart");
    this.validation = Objects.requireNonNull(validation, "validation");
    this.registers = new References(ports);
    this.notices = notifying ? Objects.requireNonNull(notices, "notices") : null;
  }

  @Override
  public Posted postExpense(Movement c) {
    validation.check(c);
    return post(c.organisation(), c.building(), c.actor(),
        currency -> Postings.expense(c.entry(), c.date(), c.label(), c.account() == null ? ChartOfAccounts.SERVICES_AND_GOODS : c.account(),
            Money.parse(c.amount(), currency, "amount")));
  }

  @Override
  public Posted postReserveUse(Movement c) {
    validation.check(c);
    return post(c.organisation(), c.building(), c.actor(),
        currency -> Postings.reserveUse(c.entry(), c.date(), c.label(), Money.parse(c.amount(), currency, "amount")));
  }

  @Override
  public Posted postSupplierPayment(Movement c) {
    validation.check(c);
    return post(c.organisation(), c.building(), c.actor(),
        currency -> Postings.supplierPayment(c.entry(), c.date(), c.label(), Money.parse(c.amount(), currency, "amount")));
  }

  @Override
  public Posted postCallForFunds(Call c) {
    validation.check(c);
    OrganisationId org = OrganisationId.of(c.organisation());
    BuildingId building = BuildingId.of(c.building());
    return post(c.organisation(), c.building(), c.actor(),
        currency -> {
          Lot lot = ports.lots().get(org, LotId.of(c.lot()));
          if (!lot.building().equals(building)) {
            throw KoproGoException.of(ErrorCode.NOT_FOUND, "lot " + c.lot() + " is not in building " + c.building(),
                "field", "lot", "value", c.lot());
          }
          OwnerId owner = owner(org, c.owner());
          CallForFunds call = new CallForFunds(lot.id(), c.period(), c.dueDate(),
              Money.parse(c.workingCapital(), currency, "workingCapital"), Money.parse(c.reserve(), currency, "reserve"));
          return Postings.callForFunds(c.entry(), c.dueDate(), owner, call);
        },
        entry -> {
          OwnerId owner = OwnerId.of(c.owner());
          Money amount = Money.ofMinor(entry.lines().get(0).amount().currency(), entry.totalMinor());
          String reference = registers.issue(org, building, c.call(), owner, entry.id(), amount);
          if (notices != null) {
            notices.notify(new DataSubject(org, DataSubject.Kind.OWNER, owner.value()), Intent.CALL_FOR_FUNDS,
                "call:" + building.value() + ":" + entry.id(), "issued", callValues(org, amount, c.dueDate(), reference));
          }
          return reference;
        });
  }

  @Override
  public java.util.List<Posted> postCallsOfBudget(BudgetCalls c) {
    validation.check(c);
    OrganisationId org = OrganisationId.of(c.organisation());
    return ports.transactions().inTransaction(() -> {
      CallsForFunds plan = new BuildingBudgetKeeping(ports).callsForFunds(c.organisation(), c.building(), c.yearStart())
          .calls();
      if (c.period() > plan.frequency().periods()) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, "the budget has " + plan.frequency().periods()
            + " periods, not " + c.period(), "field", "period", "value", c.period());
      }
      java.util.List<Posted> posted = new java.util.ArrayList<>();
      for (CallForFunds call : plan.callsIn(c.period())) {
        Lot lot = ports.lots().get(org, call.lot());
        java.util.List<Holding> holders = lot.ownerships().stream()
            .map(o -> Holding.undivided(o.owner(), o.fraction())).toList();
        if (holders.isEmpty()) {
          continue;
        }
        java.util.List<ExpenseDistribution.OwnerShare> wc =
            ExpenseDistribution.splitLotPart(lot.id(), call.workingCapital(), holders);
        java.util.List<ExpenseDistribution.OwnerShare> reserve =
            ExpenseDistribution.splitLotPart(lot.id(), call.reserve(), holders);
        for (int i = 0; i < wc.size(); i++) {
          Money w = wc.get(i).amount();
          Money r = reserve.get(i).amount();
          if (w.plus(r).isZero()) {
            continue;
          }
          String owner = wc.get(i).owner().value();
          String entry = "call-" + c.call() + "-" + lot.id().value() + (holders.size() > 1 ? "-" + owner : "");
          posted.add(postCallForFunds(new Call(c.organisation(), c.building(), entry, call.dueDate(), owner,
              lot.id().value(), c.period(), c.call(), w.toPlainString(), r.toPlainString(), c.actor())));
        }
      }
      return java.util.List.copyOf(posted);
    });
  }

  private Map<String, TemplateValue> callValues(OrganisationId org, Money amount, java.time.LocalDate due,
      String reference) {
    String name = ports.organisations().find(org).map(o -> o.name()).filter(n -> !n.isBlank()).orElse(org.value());
    Map<String, TemplateValue> values = new LinkedHashMap<>();
    values.put("organisation", TemplateValue.text(name));
    values.put("amount", TemplateValue.amount(amount));
    values.put("dueDate", TemplateValue.date(due));
    values.put("reference", TemplateValue.text(reference));
    return values;
  }

  @Override
  public Posted postPayment(OwnerMovement c) {
    validation.check(c);
    OrganisationId org = OrganisationId.of(c.organisation());
    return post(c.organisation(), c.building(), c.actor(),
        currency -> Postings.payment(c.entry(), c.date(), c.label(), owner(org, c.owner()), Money.parse(c.amount(), currency, "amount")));
  }

  @Override
  public Posted postPenalty(OwnerMovement c) {
    validation.check(c);
    OrganisationId org = OrganisationId.of(c.organisation());
    return post(c.organisation(), c.building(), c.actor(),
        currency -> Postings.penalty(c.entry(), c.date(), c.label(), owner(org, c.owner()), Money.parse(c.amount(), currency, "amount")));
  }

  @Override
  public Posted postRefund(OwnerMovement c) {
    validation.check(c);
    OrganisationId org = OrganisationId.of(c.organisation());
    return post(c.organisation(), c.building(), c.actor(),
        currency -> Postings.refund(c.entry(), c.date(), c.label(), owner(org, c.owner()), Money.parse(c.amount(), currency, "amount")));
  }

  @Override
  public Posted closeYear(YearClosing c) {
    validation.check(c);
    FinancialYear year = FinancialYear.calendar(c.year());
    OrganisationId org = OrganisationId.of(c.organisation());
    BuildingId building = BuildingId.of(c.building());
    return ports.transactions().inTransaction(
        () -> {
          Building b = ports.buildings().get(org, building);
          java.util.Optional<JournalEntry> earlier = journal.find(org, building, c.entry());
          if (earlier.isPresent()) {
            return duplicateOrConflict(earlier.get(), earlier.get());
          }
          Books books = Books.of(chart, b.currency(), journal.entries(org, building));
          return record(org, building, c.actor(), b.currency(), books.closedThrough(), books.closing(year, c.entry()));
        });
  }

  @Override
  public TrialBalance trialBalance(YearQuery q) {
    validation.check(q);
    FinancialYear year = FinancialYear.calendar(q.year());
    return books(q.organisation(), q.building()).trialBalance(year.start(), year.end());
  }

  @Override
  public IncomeStatement incomeStatement(YearQuery q) {
    validation.check(q);
    return books(q.organisation(), q.building()).incomeStatement(FinancialYear.calendar(q.year()));
  }

  @Override
  public BalanceSheet balanceSheet(YearQuery q) {
    validation.check(q);
    return books(q.organisation(), q.building()).balanceSheet(FinancialYear.calendar(q.year()).end());
  }

  @Override
  public JournalEntry entry(EntryQuery q) {
    validation.check(q);
    OrganisationId org = OrganisationId.of(q.organisation());
    BuildingId id = BuildingId.of(q.building());
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, id);
      return journal.find(org, id, q.entry()).orElseThrow(() -> KoproGoException.of(ErrorCode.NOT_FOUND,
          "entry " + q.entry() + " is not in the journal of building " + q.building(),
          "aggregate", "journalEntry", "value", q.entry()));
    });
  }

  @Override
  public Money ownerBalance(OwnerQuery q) {
    validation.check(q);
    OrganisationId org = OrganisationId.of(q.organisation());
    BuildingId id = BuildingId.of(q.building());
    return ports.transactions().inTransaction(() -> {
      Building b = ports.buildings().get(org, id);
      return ownerAccount(org, b, q.ownerId()).map(a -> a.balance(q.asOf())).orElseGet(() -> Money.zero(b.currency()));
    });
  }

  /**
   * {@code owner}'s individual account in a building's books (the domain's {@link
   * OwnerAccount}), read from the owner's entries only ({@link Journal#entriesOf}), in one
   * transaction: what an owner's statement of a building that keeps books is made of.
   *
   * @param organisation the tenant's id
   * @param building the building's id
   * @param owner the owner
   * @return the account, or empty when the building keeps no books (its journal is empty)
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building
   */
  public java.util.Optional<OwnerAccount> ownerAccount(String organisation, String building, OwnerId owner) {
    OrganisationId org = OrganisationId.of(organisation);
    BuildingId id = BuildingId.of(building);
    java.util.Objects.requireNonNull(owner, "owner");
    return ports.transactions().inTransaction(() -> ownerAccount(org, ports.buildings().get(org, id), owner));
  }

  /** {@link #ownerAccount(String, String, OwnerId)} of a building already read, in the caller's unit of work. */
  java.util.Optional<OwnerAccount> ownerAccount(OrganisationId org, Building building, OwnerId owner) {
    java.util.Objects.requireNonNull(owner, "owner");
    if (journal.isEmpty(org, building.id())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(OwnerAccount.of(owner, building.currency(), journal.entriesOf(org, building.id(), owner)));
  }

  /**
   * The books of a building as they stand (one read, in a transaction for a consistent view).
   *
   * @param organisation the tenant's id
   * @param building the building's id
   * @return the books
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown building
   */
  public Books books(String organisation, String building) {
    OrganisationId org = OrganisationId.of(organisation);
    BuildingId id = BuildingId.of(building);
    return ports.transactions().inTransaction(
        () -> Books.of(chart, ports.buildings().get(org, id).currency(), journal.entries(org, id)));
  }

  /**
   * Posts {@code entry} (built inside the transaction, in the building's currency) on the
   * building's books; used by the other use cases of this package (bank statement import) to join
   * their unit of work.
   */
  Posted post(String organisation, String building, String actor, Function<Currency, JournalEntry> entry) {
    return post(organisation, building, actor, entry, e -> "");
  }

  /** {@link #post} then {@code after} on the entry (stored or earlier), whose text is the posting's reference. */
  Posted post(String organisation, String building, String actor, Function<Currency, JournalEntry> entry,
      Function<JournalEntry, String> after) {
    OrganisationId org = OrganisationId.of(organisation);
    BuildingId id = BuildingId.of(building);
    return ports.transactions().inTransaction(
        () -> {
          Building b = ports.buildings().get(org, id);
          JournalEntry e = entry.apply(b.currency());
          java.util.Optional<JournalEntry> earlier = journal.find(org, id, e.id());
          Posted posted;
          if (earlier.isPresent()) {
            posted = duplicateOrConflict(earlier.get(), e);
          } else {
            posted = record(org, id, actor, b.currency(), journal.closedThrough(org, id).orElse(null), e);
          }
          String reference = after.apply(e);
          return new Posted(posted.entry(), posted.kind(), posted.amount(), posted.duplicate(), reference);
        });
  }

  private Posted record(OrganisationId org, BuildingId building, String actor, Currency currency,
      LocalDate closedThrough, JournalEntry e) {
    // what a posting needs of the books: the chart, the currency and the last closed day, not every entry
    Books.checkPostable(chart, currency, closedThrough, e);
    Journal.Recorded recorded = journal.append(org, building, e);
    if (recorded.duplicate()) {
      return duplicateOrConflict(recorded.entry(), e);
    }
    Money total = Money.ofMinor(currency, e.totalMinor());
    ports.auditTrail().append(org, new AuditEvent(ports.clock().now(), actor, "JournalEntryPosted", "building",
        building.value(), Map.of("entry", e.id(), "kind", e.kind().name(), "amount", total.toPlainString(),
            "currency", currency.getCurrencyCode(), "date", e.date().toString())));
    return new Posted(e.id(), e.kind().name(), total.toPlainString(), false);
  }

  private static Posted duplicateOrConflict(JournalEntry stored, JournalEntry asked) {
    if (!stored.equals(asked)) {
      throw KoproGoException.of(ErrorCode.IDEMPOTENCY_CONFLICT,
          "entry id " + stored.id() + " is already in the journal with other content", "field", "entry", "value", stored.id());
    }
    Currency currency = stored.lines().isEmpty() ? Money.EUR : stored.lines().get(0).amount().currency();
    return new Posted(stored.id(), stored.kind().name(), Money.ofMinor(currency, stored.totalMinor()).toPlainString(), true);
  }

  private OwnerId owner(OrganisationId org, String owner) {
    return ports.owners().get(org, OwnerId.of(owner)).id();
  }

}
