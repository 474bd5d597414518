/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.penalty.Installment;
import org.koprogo.domain.penalty.Payment;
import org.koprogo.domain.shared.Apportionment;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.statement.OwnerStatement;
import org.koprogo.domain.statement.Reminder;
import org.koprogo.domain.statement.StatementLine;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Expenses;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Owner;
import org.koprogo.domain.building.OwnerId;

/**
 * An owner's statement of account: the installments of the expenses distributed to the owner's
 * lots (their part of a lot in indivision, split by the largest remainder), the payments the
 * syndic recorded, imputed oldest installment first, the late-payment penalties of each
 * installment under its own building's policy (shown per building in {@code policies}), the
 * balance and the reminder due. An owner sees only their own.
 */
@Controller("/api/v1/owners/{owner}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class OwnerStatementController {
  private final OutPorts ports;
  private final StatementPolicies policies;
  private final DocumentFormats formats;

  OwnerStatementController(OutPorts ports, StatementPolicies policies, DocumentFormats formats) {
    this.ports = ports;
    this.policies = policies;
    this.formats = formats;
  }

  /**
   * A payment to record.
   *
   * @param id its id (a new UUID when absent)
   * @param date value date
   * @param amount positive plain decimal in the building's currency
   * @param reference bank reference
   */
  public record NewPayment(@Nullable String id, LocalDate date, String amount, @Nullable String reference) {}

  @Post("/payments")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record an owner's payment from the bank statement (syndic, admin)")
  public HttpResponse<Map<String, Object>> pay(Authentication authentication,
      @PathVariable String owner, @Body NewPayment body) {
    Tenant tenant = Tenant.of(authentication);
    Owner found = ports.owners().get(tenant.organisation(), OwnerId.of(owner));
    LocalDate date = CoopGroups.required(body.date(), "date");
    Money amount = Money.parse(CoopGroups.required(body.amount(), "amount"),
        currencyOf(tenant.organisation(), found), "amount");
    if (!amount.isPositive()) {
      throw KoproGoException.of(ErrorCode.NEGATIVE_AMOUNT, "a payment of " + amount + " is not positive",
          "field", "amount", "value", amount.toPlainString());
    }
    String id = Tenant.idOr(body.id());
    Stored<OwnerPayment> stored = ports.aggregateStore().add(tenant.organisation(), id,
        new OwnerPayment(owner, date, amount, body.reference() == null ? "" : body.reference()));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", id);
    answer.put("owner", owner);
    answer.put("date", date.toString());
    answer.put("amount", amount.toPlainString());
    answer.put("reference", stored.aggregate().reference());
    return HttpResponse.created(answer, URI.create("/api/v1/owners/" + owner + "/statement"));
  }

  @Get("/statement")
  @Produces({MediaType.APPLICATION_JSON, DocumentFormats.CSV, DocumentFormats.PDF})
  @Operation(summary = "The owner's statement of account as of a day (installments, payments,"
      + " penalties, balance, reminder due); an owner sees only their own. Accept: text/csv gives its"
      + " lines as CSV, Accept: application/pdf the statement as a tagged PDF/A (language from"
      + " Accept-Language)")
  public HttpResponse<?> statement(Authentication authentication, @PathVariable String owner,
      @Nullable @QueryValue String asOf, @Nullable @QueryValue String formalNoticeOn, HttpRequest<?> request) {
    Computed c = computed(authentication, owner, asOf, formalNoticeOn);
    return switch (DocumentFormats.wanted(request)) {
      case CSV -> formats.statementCsv(c, owner);
      case PDF -> formats.statementPdf(Tenant.of(authentication).organisation(), c, owner, request);
      case JSON -> HttpResponse.ok(c.json());
    };
  }

  /**
   * The statement of {@code owner} as the JSON answer gives it, with the library's {@link
   * OwnerStatement} it was written from (for the CSV and PDF forms of the same resource).
   *
   * @param json the JSON answer
   * @param statement the statement
   */
  public record Computed(Map<String, Object> json, OwnerStatement statement) {}

  /** The statement of {@code owner}, checked as the JSON route checks it (an owner sees only theirs). */
  public Computed computed(Authentication authentication, String owner, @Nullable String asOf,
      @Nullable String formalNoticeOn) {
    Tenant tenant = Tenant.of(authentication);
    tenant.requireSelfOrBroad("owner", owner);
    OrganisationId organisation = tenant.organisation();
    Owner found = ports.owners().get(organisation, OwnerId.of(owner));
    LocalDate day = date(CoopGroups.required(asOf, "asOf"));
    List<Lot> lots = ports.lots().ofOwner(organisation, found.id());
    // every building the owner holds a lot in, in the order of their lots
    List<Building> buildings = new ArrayList<>();
    for (Lot lot : lots) {
      if (buildings.stream().noneMatch(b -> b.id().equals(lot.building()))) {
        buildings.add(ports.buildings().get(organisation, lot.building()));
      }
    }
    Building building = buildings.isEmpty() ? null : buildings.get(0);
    java.util.Currency currency = building == null ? Money.EUR : building.currency();
    List<Installment> installments = new ArrayList<>();
    // each building's installments fall under that building's own policy (or the default)
    Map<String, StatementPolicies.Applied> policyOf = new LinkedHashMap<>();
    Map<String, String> buildingOf = new LinkedHashMap<>();
    List<Map<String, Object>> applied = new ArrayList<>();
    for (Building b : buildings) {
      StatementPolicies.Applied policy = policies.applied(b);
      policyOf.put(b.id().value(), policy);
      applied.add(PenaltyPolicyController.view(b, policy));
    }
    List<Map<String, Object>> credits = new ArrayList<>();
    List<Payment> creditPayments = new ArrayList<>();
    for (Building b : buildings) {
      // only what the building's expenses charged to the owner's lots there (indexed by lot)
      List<Lot> lotsHere = lots.stream().filter(l -> l.building().equals(b.id())).toList();
      Map<org.koprogo.domain.building.LotId, Lot> lotById = new LinkedHashMap<>();
      lotsHere.forEach(l -> lotById.put(l.id(), l));
      Map<String, Money> partOf = new LinkedHashMap<>();
      Map<String, LocalDate> bookedOn = new LinkedHashMap<>();
      for (Expenses.LotCharge charge : ports.expenses().chargesOn(organisation, b.id(), lotById.keySet())) {
        String expense = charge.expense().value();
        bookedOn.putIfAbsent(expense, charge.bookedOn());
        partOf.merge(expense, ownersPart(charge.amount(), lotById.get(charge.lot()), found.id()), Money::plus);
      }
      for (Map.Entry<String, Money> e : partOf.entrySet()) {
        Money part = e.getValue();
        LocalDate booked = bookedOn.get(e.getKey());
        if (part.isPositive()) {
          installments.add(Installment.of(e.getKey(), booked.plusDays(policies.payableDays()), part));
          buildingOf.put(e.getKey(), b.id().value());
        } else if (part.isNegative()) {
          // a credit note: credited on its booking day, imputed like a payment (oldest installment first)
          creditPayments.add(Payment.of(booked, part.negated()));
          Map<String, Object> credit = new LinkedHashMap<>();
          credit.put("expense", e.getKey());
          credit.put("building", b.id().value());
          credit.put("date", booked.toString());
          credit.put("amount", part.negated().toPlainString());
          credits.add(credit);
        }
      }
    }
    List<Payment> payments = ports.aggregateStore().allWithKey(organisation, OwnerPayment.class, owner).stream()
        .map(Stored::aggregate)
        .filter(p -> p.owner().equals(owner))
        .map(p -> Payment.of(p.date(), p.amount()))
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    payments.addAll(creditPayments);
    payments.sort(java.util.Comparator.comparing(Payment::date));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("owner", owner);
    answer.put("asOf", day.toString());
    answer.put("currency", currency.getCurrencyCode());
    if (building == null) {
      OwnerStatement empty = OwnerStatement.asOf(day, currency, List.of(), payments,
          org.koprogo.domain.penalty.LatePenaltyPolicy.simpleInterest(
              org.koprogo.domain.penalty.PenaltyRate.fromStatutes(java.math.BigDecimal.ZERO, "none"), currency));
      return new Computed(body(answer, empty, null, Map.of()), empty);
    }
    OwnerStatement statement = OwnerStatement.asOf(day, currency, installments, payments,
        i -> policyOf.get(buildingOf.get(i.id().value())).policy(),
        formalNoticeOn == null ? null : date(formalNoticeOn));
    answer.put("formalNoticeOn", statement.formalNoticeOn() == null ? null : statement.formalNoticeOn().toString());
    answer.put("building", building.id().value());
    answer.put("buildings", buildings.stream().map(b -> b.id().value()).toList());
    answer.put("policies", applied);
    answer.put("credits", credits);
    return new Computed(
        body(answer, statement, statement.reminder(policies.reminders(building)).orElse(null), buildingOf), statement);
  }

  private static Map<String, Object> body(Map<String, Object> answer, OwnerStatement s, Reminder reminder,
      Map<String, String> buildingOf) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (StatementLine l : s.lines()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("installment", l.installment().id().value());
      line.put("building", buildingOf.get(l.installment().id().value()));
      line.put("dueDate", l.installment().dueDate().toString());
      line.put("amount", l.installment().amount().toPlainString());
      line.put("paid", l.paid().toPlainString());
      line.put("outstanding", l.outstanding().toPlainString());
      line.put("late", l.penalty().late());
      line.put("daysLate", l.penalty().daysLate());
      line.put("penalty", l.penalty().penalty().toPlainString());
      lines.add(line);
    }
    answer.put("lines", lines);
    answer.put("payments", s.payments().stream()
        .map(p -> {
          Map<String, Object> payment = new LinkedHashMap<>();
          payment.put("date", p.date().toString());
          payment.put("amount", p.amount().toPlainString());
          return payment;
        }).toList());
    answer.put("totalCalled", s.totalCalled().toPlainString());
    answer.put("totalPaid", s.totalPaid().toPlainString());
    answer.put("totalPenalties", s.totalPenalties().toPlainString());
    answer.put("overdue", s.overdue().toPlainString());
    answer.put("balance", s.balance().toPlainString());
    if (reminder == null) {
      answer.put("reminder", null);
    } else {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("level", reminder.level().name());
      r.put("channel", reminder.level().channel().name());
      r.put("daysOverdue", reminder.daysOverdue());
      r.put("installments", reminder.installments().stream().map(i -> i.value()).toList());
      r.put("overdueAmount", reminder.overdueAmount().toPlainString());
      r.put("penalties", reminder.penalties().toPlainString());
      r.put("fee", reminder.fee().toPlainString());
      answer.put("reminder", r);
    }
    return answer;
  }

  /** The owner's part of a lot's amount: the lot's owners' fractions, split by largest remainder. */
  private static Money ownersPart(Money onLot, Lot lot, OwnerId owner) {
    List<Fraction> weights = lot.ownerships().stream().map(Lot.Ownership::fraction).toList();
    List<Money> parts = Apportionment.split(onLot, weights);
    Money part = Money.zero(onLot.currency());
    for (int i = 0; i < parts.size(); i++) {
      if (lot.ownerships().get(i).owner().equals(owner)) {
        part = part.plus(parts.get(i));
      }
    }
    return part;
  }

  private java.util.Currency currencyOf(OrganisationId organisation, Owner owner) {
    List<Lot> lots = ports.lots().ofOwner(organisation, owner.id());
    return lots.isEmpty() ? Money.EUR : ports.buildings().get(organisation, lots.get(0).building()).currency();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw KoproGoException.of(ErrorCode.INVALID_DATE, "asOf '" + text + "' is not a date yyyy-MM-dd",
          "field", "asOf", "value", text);
    }
  }
}
