/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.math.BigDecimal;
import java.util.Currency;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectId;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.RunCoopProject;
import org.koprogo.ports.in.coop.Versioned;
import org.koprogo.ports.out.OrganisationId;

/** {@link RunCoopProject}: each command one unit of work with its events. */
final class CoopProjectWorkflow implements RunCoopProject {
  private final CoopWork work;

  CoopProjectWorkflow(CoopWork work) {
    this.work = work;
  }

  @Override
  public Versioned<Project.Snapshot> start(CoopRef ref, String project, String currency) {
    OrganisationId organisation = work.organisation(ref);
    work.records.group(organisation, ref.group());
    Currency c = Money.currency(currency == null ? "EUR" : currency);
    Change<Project> started = Project.start(ProjectId.of(CoopGroupWorkflow.required(project, "id")),
        GroupId.of(ref.group()), c, ref.actor(), work.ports.clock().now());
    return work.add(organisation, ref.group(), started, started.after().snapshot());
  }

  @Override
  public Versioned<Project.Snapshot> addLot(CoopRef ref, String lot, LotType type, String surface) {
    LotId id = LotId.of(CoopGroupWorkflow.required(lot, "id"));
    CoopGroupWorkflow.required(type, "type");
    BigDecimal s = Decimals.parse(CoopGroupWorkflow.required(surface, "surface"), "surface");
    return change(ref, p -> p.addLot(id, type, s, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Project.Snapshot> reach(CoopRef ref, ProjectPhase to) {
    CoopGroupWorkflow.required(to, "to");
    return change(ref, p -> p.reach(to, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Project.Snapshot> project(String organisation, String group) {
    return CoopRecords.versioned(work.records.project(OrganisationId.of(organisation), group));
  }

  private Versioned<Project.Snapshot> change(CoopRef ref, java.util.function.Function<Project, Change<Project>> command) {
    return work.change(ref, o -> work.records.project(o, ref.group()), Project::restore, command, Project::snapshot);
  }
}
