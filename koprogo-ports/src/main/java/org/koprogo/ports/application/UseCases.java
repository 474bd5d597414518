/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Objects;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.in.coop.ManageCoopGroups;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.in.coop.RunCoopProject;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.AddLot;
import org.koprogo.ports.in.ChangeLotOwnership;
import org.koprogo.ports.in.ChangeOwnerDetails;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.in.RegisterOwner;
import org.koprogo.ports.in.ExportPersonalData;
import org.koprogo.ports.in.ListAuditTrail;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.out.OutPorts;

/**
 * Every use case, built on one set of out ports: what a host wires (one instance, thread-safe
 * when the ports are).
 */
public final class UseCases {
  private final OutPorts ports;
  private final CommandValidation validation;
  private final CoopWork coop;

  public UseCases(OutPorts ports, CommandValidation validation) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.validation = Objects.requireNonNull(validation, "validation");
    this.coop = new CoopWork(ports, validation);
  }

  public RegisterBuilding registerBuilding() {
    return new BuildingRegistration(ports, validation);
  }

  public DistributeExpense distributeExpense() {
    return new ExpenseDistribution(ports, validation);
  }

  public RegisterMember registerMember() {
    return new MemberRegistration(ports, validation);
  }

  public RecordContribution recordContribution() {
    return new ContributionRecording(ports, validation, coop.events);
  }

  public ManageCoopGroups manageCoopGroups() {
    return new CoopGroupWorkflow(coop);
  }

  public RunCoopProject runCoopProject() {
    return new CoopProjectWorkflow(coop);
  }

  public RunAllocationRounds runAllocationRounds() {
    return new AllocationRoundWorkflow(coop);
  }

  /**
   * Drafting general assemblies: a building's, an organisation's, on owners' request, a second
   * session.
   *
   * @return the use case
   */
  public DraftGeneralAssembly draftGeneralAssembly() {
    return new AssemblyDrafting(new AssemblyWork(ports));
  }

  /**
   * A general assembly through its lifecycle: agenda, convocation, opening, votes, closing with
   * the minutes, publication.
   *
   * @return the use case
   */
  public RunGeneralAssembly runGeneralAssembly() {
    AssemblyWork work = new AssemblyWork(ports);
    return new AssemblyLifecycle(work, new AssemblyMinutesKeeping(work));
  }

  /**
   * The stored assemblies and their minutes: tallies, minutes of assemblies kept without their
   * lifecycle, minutes counted again, corrections.
   *
   * @return the use case
   */
  public KeepAssemblyMinutes keepAssemblyMinutes() {
    return new AssemblyMinutesKeeping(new AssemblyWork(ports));
  }

  public ListAuditTrail listAuditTrail() {
    return new AuditTrailReading(ports, validation);
  }

  public ExportPersonalData exportPersonalData() {
    return new PersonalDataExport(ports, validation);
  }

  public ErasePersonalData erasePersonalData() {
    return new PersonalDataErasure(ports, validation);
  }

  public RegisterOwner registerOwner() {
    return new OwnerRegistration(ports, validation);
  }

  public ChangeOwnerDetails changeOwnerDetails() {
    return new OwnerDetailsChange(ports, validation);
  }

  public AddLot addLot() {
    return new LotAddition(ports, validation);
  }

  public ChangeLotOwnership changeLotOwnership() {
    return new LotOwnershipChange(ports, validation);
  }
}
