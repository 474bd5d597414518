/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.sale.Commitment;
import org.koprogo.domain.sale.CommitmentKind;
import org.koprogo.domain.sale.CommitmentRegister;
import org.koprogo.domain.sale.DecisionMaker;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.KeepCommitments;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Commitments;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * {@link KeepCommitments}: each write reads the building (and the assembly it names), lets the
 * domain's {@link Commitment} check the commitment and distribute its total over the building's
 * lots (a key weighing a lot not in the building is refused when recorded, not at the sale), and
 * stores it with its audit entry, all in one transaction.
 */
public final class CommitmentKeeping implements KeepCommitments {
  private final OutPorts ports;
  private final Commitments commitments;
  private final CommandValidation validation;

  /**
   * The register on {@code ports} and {@code commitments} (the same adapter).
   *
   * @param ports the out ports
   * @param commitments the buildings' registers of commitments
   * @param validation how commands are validated
   */
  public CommitmentKeeping(OutPorts ports, Commitments commitments, CommandValidation validation) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.commitments = Objects.requireNonNull(commitments, "commitments");
    this.validation = Objects.requireNonNull(validation, "validation");
  }

  @Override
  public Registered record(Command c) {
    validation.check(c);
    OrganisationId org = OrganisationId.of(c.organisation());
    BuildingId buildingId = BuildingId.of(c.building());
    return ports.transactions().inTransaction(() -> {
      Building building = ports.buildings().get(org, buildingId);
      Commitment commitment = new Commitment(c.commitment(), CommitmentKind.parse(c.kind()), c.decidedOn(),
          DecisionMaker.parse(c.decidedBy()), c.assembly(), c.agendaItem(), c.label(),
          Money.parse(c.total(), building.currency(), "total"), ExpenseDistribution.keyShares(c.keys()),
          c.calledOn());
      if (c.assembly() != null) {
        checkAssembly(org, buildingId, c.assembly(), c.agendaItem());
      }
      List<Lot> lots = ports.lots().ofBuilding(org, buildingId);
      commitment.distribution(lotIds(lots), ExpenseDistribution.generalKey(lots));
      Commitments.Recorded recorded = commitments.add(org, buildingId, commitment);
      if (recorded.duplicate()) {
        Commitment stored = recorded.commitment();
        // a retry of the first command after the commitment was called is the same commitment
        boolean same = stored.equals(commitment) || (c.calledOn() == null && stored.calledOn() != null
            && stored.equals(commitment.calledOn(stored.calledOn())));
        if (!same) {
          throw KoproGoException.of(ErrorCode.IDEMPOTENCY_CONFLICT, "commitment " + c.commitment()
              + " is already in the register of building " + c.building() + " with other content",
              "field", "commitment", "value", c.commitment());
        }
        return new Registered(recorded.commitment(), true);
      }
      Map<String, String> details = new LinkedHashMap<>();
      details.put("building", buildingId.value());
      details.put("kind", commitment.kind().storedName());
      details.put("total", commitment.total().toPlainString());
      details.put("currency", commitment.total().currency().getCurrencyCode());
      details.put("decidedOn", commitment.decidedOn().toString());
      ports.auditTrail().append(org, new AuditEvent(ports.clock().now(), c.actor(), "CommitmentRecorded",
          "commitment", commitment.id(), details));
      return new Registered(commitment, false);
    });
  }

  @Override
  public Registered markCalled(Call c) {
    validation.check(c);
    OrganisationId org = OrganisationId.of(c.organisation());
    BuildingId buildingId = BuildingId.of(c.building());
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, buildingId);
      Commitment stored = commitments.find(org, buildingId, c.commitment()).orElseThrow(() -> notFound(c));
      Commitment called = stored.calledOn(c.calledOn());
      if (called.equals(stored)) {
        return new Registered(stored, true);
      }
      if (!commitments.markCalled(org, buildingId, c.commitment(), c.calledOn())) {
        throw KoproGoException.of(ErrorCode.CONCURRENT_UPDATE, "commitment " + c.commitment()
            + " was called meanwhile", "field", "commitment", "value", c.commitment());
      }
      ports.auditTrail().append(org, new AuditEvent(ports.clock().now(), c.actor(), "CommitmentCalled",
          "commitment", c.commitment(), Map.of("building", buildingId.value(), "calledOn", c.calledOn().toString())));
      return new Registered(called, false);
    });
  }

  @Override
  public List<Commitment> commitments(BuildingQuery q) {
    validation.check(q);
    OrganisationId org = OrganisationId.of(q.organisation());
    BuildingId buildingId = BuildingId.of(q.building());
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, buildingId);
      return commitments.ofBuilding(org, buildingId);
    });
  }

  @Override
  public List<Commitment> commitments(BuildingQuery q, Integer limit, String after) {
    validation.check(q);
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a commitment id", id -> id);
    OrganisationId org = OrganisationId.of(q.organisation());
    BuildingId buildingId = BuildingId.of(q.building());
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, buildingId);
      return commitments.ofBuilding(org, buildingId, from, n);
    });
  }

  @Override
  public Commitment commitment(CommitmentQuery q) {
    validation.check(q);
    OrganisationId org = OrganisationId.of(q.organisation());
    BuildingId buildingId = BuildingId.of(q.building());
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, buildingId);
      return commitments.find(org, buildingId, q.commitment()).orElseThrow(() -> KoproGoException.of(
          ErrorCode.NOT_FOUND, "commitment " + q.commitment() + " is not in the register of building "
              + q.building(), "aggregate", "commitment", "value", q.commitment()));
    });
  }

  /**
   * The register of {@code building} with its lots and general key, read in the caller's unit of
   * work; used by {@link SaleInformationReading}.
   */
  CommitmentRegister register(OrganisationId org, BuildingId building) {
    List<Lot> lots = ports.lots().ofBuilding(org, building);
    return new CommitmentRegister(commitments.ofBuilding(org, building), lotIds(lots),
        ExpenseDistribution.generalKey(lots));
  }

  private void checkAssembly(OrganisationId org, BuildingId building, String assembly, String agendaItem) {
    Assembly a = ports.assemblies().find(org, AssemblyId.of(assembly))
        .filter(found -> building.equals(found.building()))
        .orElseThrow(() -> KoproGoException.of(ErrorCode.NOT_FOUND, "assembly " + assembly
            + " is not an assembly of building " + building.value(), "field", "assembly", "value", assembly));
    if (agendaItem != null && a.resolutions().stream().noneMatch(r -> r.id().equals(agendaItem))) {
      throw KoproGoException.of(ErrorCode.NOT_FOUND, "item " + agendaItem + " is not on the agenda of assembly "
          + assembly, "field", "agendaItem", "value", agendaItem);
    }
  }

  private static List<LotId> lotIds(List<Lot> lots) {
    List<LotId> ids = new ArrayList<>(lots.size());
    for (Lot lot : lots) {
      ids.add(lot.id());
    }
    return ids;
  }

  private static KoproGoException notFound(Call c) {
    return KoproGoException.of(ErrorCode.NOT_FOUND, "commitment " + c.commitment() + " is not in the register of"
        + " building " + c.building(), "aggregate", "commitment", "value", c.commitment());
  }
}
