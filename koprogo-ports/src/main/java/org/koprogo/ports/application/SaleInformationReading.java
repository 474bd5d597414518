/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.List;
import java.util.Objects;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.sale.CommitmentRegister;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.domain.sale.SaleOfALot;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.GiveSaleInformation;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Commitments;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * {@link GiveSaleInformation}: reads the lot, its building, the building's books and its register
 * of commitments in one unit of work, and lets the domain's {@link SaleOfALot} compute the rest.
 */
public final class SaleInformationReading implements GiveSaleInformation {
  private final OutPorts ports;
  private final Bookkeeping books;
  private final CommandValidation validation;
  private final CommitmentKeeping register;

  /**
   * Sale information on {@code ports}, the books of {@code books} and the register of {@code
   * commitments} (the same adapter).
   *
   * @param ports the out ports
   * @param books the bookkeeping
   * @param commitments the buildings' registers of commitments
   * @param validation how commands are validated
   */
  public SaleInformationReading(OutPorts ports, Bookkeeping books, Commitments commitments,
      CommandValidation validation) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.books = Objects.requireNonNull(books, "books");
    this.validation = Objects.requireNonNull(validation, "validation");
    this.register = new CommitmentKeeping(ports, Objects.requireNonNull(commitments, "commitments"), validation);
  }

  /**
   * Sale information without a register of commitments: the notary is told of none (art. 3.94
   * §2).
   *
   * @param ports the out ports
   * @param books the bookkeeping
   * @param validation how commands are validated
   * @deprecated since 0.3: give the register ({@link #SaleInformationReading(OutPorts,
   *     Bookkeeping, Commitments, CommandValidation)})
   */
  @Deprecated(since = "0.3")
  public SaleInformationReading(OutPorts ports, Bookkeeping books, CommandValidation validation) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.books = Objects.requireNonNull(books, "books");
    this.validation = Objects.requireNonNull(validation, "validation");
    this.register = null;
  }

  @Override
  public Given give(Query q) {
    validation.check(q);
    OrganisationId org = OrganisationId.of(q.organisation());
    return ports.transactions().inTransaction(() -> {
      Lot lot = ports.lots().get(org, LotId.of(q.lot()));
      Building building = ports.buildings().get(org, lot.building());
      if (lot.ownerships().size() != 1) {
        throw KoproGoException.of(ErrorCode.INVALID_TRANSFER_DATE,
            "lot " + q.lot() + " has " + lot.ownerships().size() + " owners: the sale information is given for a lot with one seller",
            "field", "lot", "value", q.lot());
      }
      Fraction share = Fraction.of(lot.shares()).dividedBy(Fraction.of(building.totalShares()));
      CommitmentRegister commitments = register != null ? register.register(org, lot.building())
          : new CommitmentRegister(List.of(), List.of(lot.id()), new DistributionKey("general",
              java.util.Map.of(lot.id(), java.math.BigDecimal.ONE)));
      SaleInformation info = SaleOfALot.information(books.books(q.organisation(), lot.building().value()), lot.id(),
          lot.ownerships().get(0).owner(), share, q.transferOn(), CallFrequency.valueOf(q.frequency()),
          commitments, q.litigation(), q.documents());
      return new Given(lot.building().value(), info);
    });
  }
}
