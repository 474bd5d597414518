/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.koprogo.ports.application.AssociationInputs.required;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.MemberId;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.MembershipRate;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.association.BookedQuarter;
import org.koprogo.ports.in.association.CostEntry;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.QuarterBooks;
import org.koprogo.ports.in.fields.ClientFields;

/** {@link KeepAssociationBooks}: each recording or correction one unit of work with its audit entry. */
final class AssociationBookkeeping implements KeepAssociationBooks {
  private final OutPorts ports;
  private final AssociationBooks books;
  private final CommandValidation validation;

  AssociationBookkeeping(OutPorts ports, AssociationBooks books, CommandValidation validation) {
    this.ports = ports;
    this.books = books;
    this.validation = validation;
  }

  @Override
  public BookedQuarter record(QuarterEntry entry) {
    validation.check(entry);
    Quarter quarter = AssociationInputs.quarter(required(entry.quarter(), "quarter"));
    QuarterBooks q = quarterBooks(quarter, entry, 0);
    return booked(ports.transactions().inTransaction(() -> {
      QuarterBooks added = books.add(q);
      audit(entry, "QuarterBooksRecorded", quarter, added.version());
      return added;
    }));
  }

  @Override
  public BookedQuarter correct(QuarterEntry entry) {
    validation.check(entry);
    Quarter quarter = AssociationInputs.quarter(required(entry.quarter(), "quarter"));
    QuarterBooks changed = quarterBooks(quarter, entry, ClientFields.versionRead(entry.version()));
    return booked(ports.transactions().inTransaction(() -> {
      QuarterBooks stored = books.update(changed);
      audit(entry, "QuarterBooksCorrected", quarter, stored.version());
      return stored;
    }));
  }

  @Override
  public BookedQuarter quarter(String organisation, String quarter) {
    return booked(books.get(OrganisationId.of(organisation), AssociationInputs.quarter(quarter)));
  }

  @Override
  public List<BookedQuarter> quarters(String organisation) {
    return books.all(OrganisationId.of(organisation)).stream().map(AssociationBookkeeping::booked).toList();
  }

  @Override
  public List<BookedQuarter> quarters(String organisation, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a quarter (yyyy-Qn)", AssociationInputs::afterQuarter);
    return books.all(OrganisationId.of(organisation), from, n).stream().map(AssociationBookkeeping::booked).toList();
  }

  static BookedQuarter booked(QuarterBooks q) {
    return new BookedQuarter(q.quarter(), q.memberships(), q.costs(), q.version());
  }

  private static QuarterBooks quarterBooks(Quarter quarter, QuarterEntry entry, long version) {
    Currency currency = AssociationInputs.currency(entry.currency());
    List<Membership> memberships = new ArrayList<>();
    List<MemberRate> members = required(entry.members(), "members");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      MemberRate m = members.get(i);
      String field = "members[" + i + "]";
      String id = required(m == null ? null : m.member(), field + ".member");
      if (!seen.add(id)) {
        throw KoproGoException.of(ErrorCode.DUPLICATE_MEMBER,
            "member " + id + " is listed twice in " + quarter, "field", field + ".member", "value", id);
      }
      memberships.add(new Membership(MemberId.of(id), AssociationInputs.enumOf(MembershipRate.class,
          required(m.rate(), field + ".rate"), MembershipRate.STANDARD, field + ".rate")));
    }
    return new QuarterBooks(OrganisationId.of(entry.organisation()), quarter, memberships,
        costLines(required(entry.costs(), "costs"), currency), version);
  }

  /** The cost lines given, each part required and the amount parsed in {@code currency}. */
  static List<CostLine> costLines(List<CostEntry> given, Currency currency) {
    List<CostLine> costs = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      CostEntry c = given.get(i);
      String field = "costs[" + i + "]";
      costs.add(CostLine.of(required(c == null ? null : c.label(), field + ".label"),
          Money.parse(required(c.amount(), field + ".amount"), currency, field + ".amount")));
    }
    return costs;
  }

  private void audit(QuarterEntry entry, String action, Quarter quarter, long version) {
    ports.auditTrail().append(OrganisationId.of(entry.organisation()), new AuditEvent(ports.clock().now(),
        entry.actor(), action, "quarter books", quarter.toString(), Map.of("version", String.valueOf(version))));
  }
}
