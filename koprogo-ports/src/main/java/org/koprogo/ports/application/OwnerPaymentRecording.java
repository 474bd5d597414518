/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.OwnerPayment;

/**
 * {@link RecordOwnerPayment}: the payment and its audit entry in one unit of work; given {@link
 * Bookkeeping}, when the owner's first building keeps books (its journal holds an entry), the
 * payment is also posted there (bank 550 / the owner's account 410, entry {@code
 * owner-payment-<id>}) in the same unit of work, and the owner's statement reads it from the
 * books.
 */
final class OwnerPaymentRecording implements RecordOwnerPayment {
  /** The prefix of the journal entry of a payment recorded here. */
  static final String ENTRY_PREFIX = "owner-payment-";
  private final OutPorts ports;
  private final Bookkeeping books;

  OwnerPaymentRecording(OutPorts ports) {
    this(ports, null);
  }

  OwnerPaymentRecording(OutPorts ports, Bookkeeping books) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.books = books;
  }

  @Override
  public Recorded record(Payment payment) {
    Objects.requireNonNull(payment, "payment");
    OrganisationId organisation = OrganisationId.of(payment.organisation());
    return ports.transactions().inTransaction(() -> {
      Owner owner = ports.owners().get(organisation, OwnerId.of(payment.owner()));
      LocalDate date = FinanceFields.required(payment.date(), "date");
      Money amount = Money.parse(FinanceFields.required(payment.amount(), "amount"),
          currencyOf(organisation, owner), "amount");
      if (!amount.isPositive()) {
        throw KoproGoException.of(ErrorCode.NEGATIVE_AMOUNT, "a payment of " + amount + " is not positive",
            "field", "amount", "value", amount.toPlainString());
      }
      String id = payment.id() == null || payment.id().isBlank() ? UUID.randomUUID().toString() : payment.id();
      Stored<OwnerPayment> stored = ports.aggregateStore().add(organisation, id, new OwnerPayment(
          owner.id().value(), date, amount, payment.reference() == null ? "" : payment.reference()));
      List<Lot> lots = ports.lots().ofOwner(organisation, owner.id());
      if (books != null && !lots.isEmpty()) {
        String building = lots.get(0).building().value();
        if (books.books(payment.organisation(), building).kept()) {
          String label = payment.reference() == null || payment.reference().isBlank() ? "payment" : payment.reference();
          books.post(payment.organisation(), building, payment.actor(), currency -> org.koprogo.domain.accounting.Postings
              .payment(ENTRY_PREFIX + id, date, label.length() > 200 ? label.substring(0, 200) : label, owner.id(), amount));
        }
      }
      ports.auditTrail().append(organisation, new AuditEvent(ports.clock().now(), payment.actor(), RECORDED,
          "owner", owner.id().value(), Map.of("payment", id, "date", date.toString(),
              "amount", amount.toPlainString())));
      return new Recorded(id, stored.aggregate());
    });
  }

  /** The currency of the owner's first building; EUR when the owner holds no lot. */
  private Currency currencyOf(OrganisationId organisation, Owner owner) {
    List<Lot> lots = ports.lots().ofOwner(organisation, owner.id());
    return lots.isEmpty() ? Money.EUR : ports.buildings().get(organisation, lots.get(0).building()).currency();
  }
}
