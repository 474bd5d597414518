/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.accounting.Books;
import org.koprogo.domain.accounting.Postings;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.statement.PostEarlierPayments;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.OwnerPayment;

/**
 * {@link PostEarlierPayments} through {@link Bookkeeping}: the payments are read from the store,
 * the journal tells which are posted already, and each missing one is posted as {@link
 * OwnerPaymentRecording} would have (the same entry id, so that recording and opening never post
 * one payment twice), in the caller's unit of work.
 */
public final class EarlierPaymentsPosting implements PostEarlierPayments {
  private final OutPorts ports;
  private final Bookkeeping books;
  private final CommandValidation validation;

  /**
   * The use case on {@code ports} and the books of {@code books} (the same adapter).
   *
   * @param ports the out ports
   * @param books the bookkeeping
   * @param validation how commands are validated
   */
  public EarlierPaymentsPosting(OutPorts ports, Bookkeeping books, CommandValidation validation) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.books = Objects.requireNonNull(books, "books");
    this.validation = Objects.requireNonNull(validation, "validation");
  }

  @Override
  public Posted post(Command c) {
    validation.check(c);
    OrganisationId org = OrganisationId.of(c.organisation());
    BuildingId building = BuildingId.of(c.building());
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, building);
      Books kept = books.books(c.organisation(), c.building());
      if (!kept.kept()) {
        throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION, "building " + c.building()
            + " keeps no books yet: post its first entry before bringing earlier payments into them",
            "field", "building", "value", c.building());
      }
      Set<String> entries = new java.util.HashSet<>();
      kept.entries().forEach(e -> entries.add(e.id()));
      LocalDate closedThrough = kept.closedThrough();
      LocalDate openingDay = closedThrough == null ? null : closedThrough.plusDays(1);
      List<Stored<OwnerPayment>> missing = new ArrayList<>();
      int already = 0;
      for (OwnerId owner : ownersWhoseFirstBuildingItIs(org, building)) {
        for (Stored<OwnerPayment> p : ports.aggregateStore().allWithKey(org, OwnerPayment.class, owner.value())) {
          if (!p.aggregate().owner().equals(owner.value())) {
            continue;
          }
          if (entries.contains(OwnerPaymentRecording.ENTRY_PREFIX + p.id())) {
            already++;
          } else {
            missing.add(p);
          }
        }
      }
      missing.sort(Comparator.comparing((Stored<OwnerPayment> p) -> p.aggregate().date()).thenComparing(Stored::id));
      List<String> posted = new ArrayList<>();
      boolean opened = false;
      for (Stored<OwnerPayment> p : missing) {
        OwnerPayment payment = p.aggregate();
        boolean inClosedYear = closedThrough != null && !payment.date().isAfter(closedThrough);
        LocalDate date = inClosedYear ? openingDay : payment.date();
        String reference = payment.reference() == null || payment.reference().isBlank() ? "payment" : payment.reference();
        String label = inClosedYear ? "opening: payment of " + payment.date() + ", " + reference : reference;
        String entry = OwnerPaymentRecording.ENTRY_PREFIX + p.id();
        String text = label.length() > 200 ? label.substring(0, 200) : label;
        books.post(c.organisation(), c.building(), c.actor(),
            currency -> Postings.payment(entry, date, text, OwnerId.of(payment.owner()), payment.amount()));
        posted.add(entry);
        opened |= inClosedYear;
      }
      if (!posted.isEmpty()) {
        ports.auditTrail().append(org, new AuditEvent(ports.clock().now(), c.actor(), POSTED, "building",
            building.value(), Map.of("payments", String.valueOf(posted.size()),
                "openingDay", opened ? openingDay.toString() : "")));
      }
      return new Posted(posted, opened ? openingDay : null, already);
    });
  }

  /** The owners of the building's lots whose first building it is (where their payments are posted). */
  private Set<OwnerId> ownersWhoseFirstBuildingItIs(OrganisationId org, BuildingId building) {
    Set<OwnerId> owners = new LinkedHashSet<>();
    for (Lot lot : ports.lots().ofBuilding(org, building)) {
      for (Lot.Ownership o : lot.ownerships()) {
        owners.add(o.owner());
      }
    }
    owners.removeIf(owner -> {
      List<Lot> lots = ports.lots().ofOwner(org, owner);
      return lots.isEmpty() || !lots.get(0).building().equals(building);
    });
    return owners;
  }
}
