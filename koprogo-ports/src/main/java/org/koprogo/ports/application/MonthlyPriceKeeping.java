/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.koprogo.ports.application.AssociationInputs.required;

import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.PriceChangeDecision;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.association.VotingBasis;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoreErrors;

/**
 * {@link KeepMonthlyPrice}: the history is stored whole in the aggregate store under {@link
 * KeepMonthlyPrice#STORED_ID}; each write one unit of work with its audit entry.
 */
final class MonthlyPriceKeeping implements KeepMonthlyPrice {
  private static final String TYPE = "monthly price";

  private final OutPorts ports;
  private final CommandValidation validation;

  MonthlyPriceKeeping(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Optional<MonthlyPrice> history(String organisation) {
    return stored(ports, OrganisationId.of(organisation)).map(s -> MonthlyPrice.restore(s.aggregate()));
  }

  @Override
  public MonthlyPrice start(FirstPrice command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    Currency currency = AssociationInputs.currency(command.currency());
    MonthlyPrice price = MonthlyPrice.initial(
        Money.parse(required(command.price(), "price"), currency, "price"),
        required(command.effectiveFrom(), "effectiveFrom"),
        ResolutionReference.of(required(command.resolution(), "resolution")));
    ports.transactions().run(() -> {
      Stored<MonthlyPrice.Snapshot> added = ports.aggregateStore().add(organisation, STORED_ID, price.snapshot());
      ports.auditTrail().append(organisation, new AuditEvent(ports.clock().now(), command.actor(),
          "MonthlyPriceSet", TYPE, STORED_ID, Map.of("version", String.valueOf(added.version()))));
    });
    return price;
  }

  @Override
  public MonthlyPrice change(PriceDecision command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    return ports.transactions().inTransaction(() -> {
      Stored<MonthlyPrice.Snapshot> stored = stored(ports, organisation)
          .orElseThrow(() -> StoreErrors.notFound(TYPE, STORED_ID));
      MonthlyPrice current = MonthlyPrice.restore(stored.aggregate());
      Currency currency = current.current().currency();
      PriceChangeDecision decision = new PriceChangeDecision(
          ResolutionReference.of(required(command.resolution(), "resolution")),
          AssociationInputs.enumOf(VotingBasis.class, command.votingBasis(),
              VotingBasis.ONE_MEMBER_ONE_VOTE, "votingBasis"),
          required(command.adopted(), "adopted"),
          Money.parse(required(command.newMonthlyPrice(), "newMonthlyPrice"), currency, "newMonthlyPrice"),
          required(command.effectiveFrom(), "effectiveFrom"));
      Instant now = ports.clock().now();
      MonthlyPrice.Change change = current.change(decision, now);
      ports.aggregateStore().update(stored.with(change.price().snapshot()));
      ports.auditTrail().append(organisation, new AuditEvent(now, command.actor(),
          "MonthlyPriceChanged", TYPE, STORED_ID,
          Map.of("resolution", decision.resolution().value(),
              "from", change.event().from().toPlainString(),
              "to", change.event().to().toPlainString(),
              "effectiveFrom", decision.effectiveFrom().toString())));
      return change.price();
    });
  }

  /** {@code organisation}'s stored price history, if it has one. */
  static Optional<Stored<MonthlyPrice.Snapshot>> stored(OutPorts ports, OrganisationId organisation) {
    return ports.aggregateStore().find(organisation, MonthlyPrice.Snapshot.class, STORED_ID);
  }
}
