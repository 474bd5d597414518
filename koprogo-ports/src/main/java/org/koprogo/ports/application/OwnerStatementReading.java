/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.accounting.OwnerAccount;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.Holding;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.charges.ExpenseDistribution;
import org.koprogo.domain.penalty.Installment;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.Payment;
import org.koprogo.domain.penalty.PenaltyRate;
import org.koprogo.domain.penalty.ReminderPolicy;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.statement.OwnerStatement;
import org.koprogo.ports.in.penalty.AppliedPenaltyPolicy;
import org.koprogo.ports.in.statement.ReadOwnerStatement;
import org.koprogo.ports.in.statement.StatementOfAccount;
import org.koprogo.ports.in.statement.StatementTerms;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Expenses;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.OwnerPayment;

/**
 * {@link ReadOwnerStatement}: in a building that keeps double-entry books (given {@link
 * Bookkeeping}, a building whose journal holds an entry), the owner's individual account there
 * (the domain's {@link OwnerAccount}: calls for funds, penalties charged and refunds as charges,
 * payments and receipts assigned as payments; the late-payment interest is what the books
 * charge, not assessed again), so that the statement's balance is the account's; in a building
 * without books, the installments of the owner's parts of its expenses (a lot's part split
 * between its owners by the domain's {@link ExpenseDistribution#splitLotPart}), each under its
 * own building's policy, and the payments recorded by {@code RecordOwnerPayment} (which posts them
 * to the books instead when the owner's first building keeps books).
 */
final class OwnerStatementReading implements ReadOwnerStatement {
  private final OutPorts ports;
  private final LatePenaltyPolicyKeeping policies;
  private final StatementTerms terms;
  private final Bookkeeping books;

  OwnerStatementReading(OutPorts ports, LatePenaltyPolicyKeeping policies, StatementTerms terms) {
    this(ports, policies, terms, null);
  }

  OwnerStatementReading(OutPorts ports, LatePenaltyPolicyKeeping policies, StatementTerms terms, Bookkeeping books) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.books = books;
  }

  @Override
  public StatementOfAccount statement(String organisation, String owner, LocalDate asOf, LocalDate formalNoticeOn) {
    Objects.requireNonNull(asOf, "asOf");
    OrganisationId org = OrganisationId.of(organisation);
    Owner found = ports.owners().get(org, OwnerId.of(owner));
    List<Lot> lots = ports.lots().ofOwner(org, found.id());
    // every building the owner holds a lot in, in the order of their lots
    List<Building> buildings = new ArrayList<>();
    for (Lot lot : lots) {
      if (buildings.stream().noneMatch(b -> b.id().equals(lot.building()))) {
        buildings.add(ports.buildings().get(org, lot.building()));
      }
    }
    Currency currency = buildings.isEmpty() ? Money.EUR : buildings.get(0).currency();
    // each building's installments fall under that building's own policy (or the default)
    Map<String, AppliedPenaltyPolicy> policyOf = new LinkedHashMap<>();
    List<AppliedPenaltyPolicy> applied = new ArrayList<>();
    for (Building b : buildings) {
      AppliedPenaltyPolicy policy = policies.applied(b);
      policyOf.put(b.id().value(), policy);
      applied.add(policy);
    }
    List<Installment> installments = new ArrayList<>();
    Map<String, String> buildingOf = new LinkedHashMap<>();
    List<StatementOfAccount.Credit> credits = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    java.util.Set<String> fromBooks = new java.util.HashSet<>();
    boolean firstKeepsBooks = false;
    for (Building b : buildings) {
      java.util.Optional<OwnerAccount> kept =
          books == null ? java.util.Optional.empty() : books.ownerAccount(org, b, found.id());
      if (kept.isPresent()) {
        // the owner's individual account in the building's books, charged and paid as posted
        // (read from the owner's entries only: the cost follows the account, not the journal)
        OwnerAccount account = kept.get().through(asOf);
        for (org.koprogo.domain.penalty.Installment i : account.charges()) {
          installments.add(i);
          buildingOf.put(i.id().value(), b.id().value());
          fromBooks.add(i.id().value());
        }
        payments.addAll(account.payments());
        firstKeepsBooks |= b == buildings.get(0);
        continue;
      }
      // only what the building's expenses charged to the owner's lots there (indexed by lot)
      Map<LotId, Lot> lotById = new LinkedHashMap<>();
      lots.stream().filter(l -> l.building().equals(b.id())).forEach(l -> lotById.put(l.id(), l));
      Map<String, Money> partOf = new LinkedHashMap<>();
      Map<String, LocalDate> bookedOn = new LinkedHashMap<>();
      for (Expenses.LotCharge charge : ports.expenses().chargesOn(org, b.id(), lotById.keySet())) {
        String expense = charge.expense().value();
        bookedOn.putIfAbsent(expense, charge.bookedOn());
        partOf.merge(expense, ownersPart(charge.amount(), lotById.get(charge.lot()), found.id()), Money::plus);
      }
      for (Map.Entry<String, Money> e : partOf.entrySet()) {
        Money part = e.getValue();
        LocalDate booked = bookedOn.get(e.getKey());
        if (part.isPositive()) {
          installments.add(Installment.of(e.getKey(), booked.plusDays(terms.payableDays()), part));
          buildingOf.put(e.getKey(), b.id().value());
        } else if (part.isNegative()) {
          // a credit note: credited on its booking day, imputed like a payment (oldest installment first)
          payments.add(Payment.of(booked, part.negated()));
          credits.add(new StatementOfAccount.Credit(e.getKey(), b.id().value(), booked, part.negated()));
        }
      }
    }
    List<Payment> all = new ArrayList<>();
    for (Stored<OwnerPayment> p : ports.aggregateStore().allWithKey(org, OwnerPayment.class, owner)) {
      // the payments of an owner whose first building keeps books are in its books
      if (!firstKeepsBooks && p.aggregate().owner().equals(owner)) {
        all.add(Payment.of(p.aggregate().date(), p.aggregate().amount()));
      }
    }
    all.addAll(payments);
    all.sort(Comparator.comparing(Payment::date));
    List<BuildingId> ids = buildings.stream().map(Building::id).toList();
    if (buildings.isEmpty()) {
      OwnerStatement empty = OwnerStatement.asOf(asOf, currency, List.of(), all,
          LatePenaltyPolicy.simpleInterest(PenaltyRate.fromStatutes(BigDecimal.ZERO, "none"), currency));
      return new StatementOfAccount(owner, asOf, currency, empty, ids, applied, credits, buildingOf, null);
    }
    LatePenaltyPolicy charged = LatePenaltyPolicy.simpleInterest(
        PenaltyRate.fromStatutes(BigDecimal.ZERO, "charged in the books"), currency);
    OwnerStatement statement = OwnerStatement.asOf(asOf, currency, installments, all,
        i -> fromBooks.contains(i.id().value()) ? charged : policyOf.get(buildingOf.get(i.id().value())).policy(),
        formalNoticeOn);
    return new StatementOfAccount(owner, asOf, currency, statement, ids, applied, credits, buildingOf,
        statement.reminder(ReminderPolicy.standard(buildings.get(0).currency())).orElse(null));
  }

  /** The owner's part of a lot's amount: the domain's split between the lot's owners by their fractions. */
  private static Money ownersPart(Money onLot, Lot lot, OwnerId owner) {
    List<Holding> holders = lot.ownerships().stream()
        .map(o -> Holding.undivided(o.owner(), o.fraction())).toList();
    Money part = Money.zero(onLot.currency());
    for (ExpenseDistribution.OwnerShare share : ExpenseDistribution.splitLotPart(lot.id(), onLot, holders)) {
      if (share.owner().equals(owner)) {
        part = part.plus(share.amount());
      }
    }
    return part;
  }
}
