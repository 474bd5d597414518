/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.koprogo.ports.application.AssociationInputs.required;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.koprogo.domain.association.DecidedSurplusAllocation;
import org.koprogo.domain.association.MembershipPricing;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.association.BookedQuarter;
import org.koprogo.ports.in.association.ReportTransparency;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.QuarterBooks;

/** {@link ReportTransparency}: figures computed by the domain from the books and the price history. */
final class TransparencyReporting implements ReportTransparency {
  private final OutPorts ports;
  private final AssociationBooks books;

  TransparencyReporting(OutPorts ports, AssociationBooks books) {
    this.ports = ports;
    this.books = books;
  }

  @Override
  public QuarterlyTransparencyReport quarterReport(String organisation, String quarter) {
    OrganisationId org = OrganisationId.of(organisation);
    Quarter wanted = AssociationInputs.quarter(required(quarter, "quarter"));
    QuarterBooks q = books.find(org, wanted).orElseThrow(() -> KoproGoException.of(
        ErrorCode.NOT_FOUND, "the books hold no quarter " + quarter, "field", "quarter", "value", quarter));
    String firstDay = q.quarter().firstDay().toString();
    Money price = MonthlyPriceKeeping.stored(ports, org)
        .flatMap(s -> MonthlyPrice.restore(s.aggregate()).on(q.quarter().firstDay()))
        .orElseThrow(() -> KoproGoException.of(ErrorCode.NOT_FOUND,
            "monthly price on " + firstDay + " does not exist in this organisation",
            "aggregate", "monthly price on", "value", firstDay));
    return QuarterlyTransparencyReport.of(q.quarter(), q.memberships(), q.costs(), MembershipPricing.at(price));
  }

  @Override
  public Optional<PublishedYear> publishedYear(String organisation) {
    OrganisationId org = OrganisationId.of(organisation);
    return ports.transactions().inTransaction(() -> {
      Optional<Stored<DecidedSurplusAllocation>> last =
          ports.aggregateStore().all(org, DecidedSurplusAllocation.class).stream()
              .max(Comparator.comparingInt((Stored<DecidedSurplusAllocation> s) -> s.aggregate().year())
                  .thenComparing(Stored::id));
      if (last.isEmpty()) {
        return Optional.empty();
      }
      DecidedSurplusAllocation decision = last.get().aggregate();
      List<BookedQuarter> quarters = books.year(org, decision.year()).stream()
          .map(AssociationBookkeeping::booked).toList();
      Optional<MonthlyPrice> price = MonthlyPriceKeeping.stored(ports, org).map(s -> MonthlyPrice.restore(s.aggregate()));
      if (quarters.isEmpty() || price.isEmpty()) {
        return Optional.empty();
      }
      String name = ports.organisations().find(org).map(o -> o.name()).orElse(organisation);
      return Optional.of(new PublishedYear(organisation, name, decision.year(), price.get(), quarters, decision));
    });
  }
}
