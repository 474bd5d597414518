/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.coop;

import jakarta.annotation.Nullable;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * A group's housing project: started at LAND_SECURED, its lots, its milestones. Each change is
 * one unit of work with its audit entries, timeline lines and notices.
 *
 * <p>Refusals: {@code NOT_FOUND} (group, project), {@code CONCURRENT_UPDATE}, {@code
 * ILLEGAL_TRANSITION}, {@code NOT_PERMITTED}, {@code INVALID_FIELD}, {@code VALIDATION_FAILED}.
 */
public interface RunCoopProject {

  /**
   * Starts the group's project.
   *
   * @param ref the group, the actor and the version read
   * @param project the project's id
   * @param currency the budget's currency
   * @return the project, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code VALIDATION_FAILED}
   */
  Versioned<Project.Snapshot> start(CoopRef ref, String project, String currency);

  /**
   * Adds a lot (surface in square metres, a plain decimal).
   *
   * @param ref the group, the actor and the project's version read
   * @param lot the lot's id
   * @param type what kind of lot
   * @param surface the floor area in square metres
   * @return the project after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code INVALID_FIELD}, {@code DUPLICATE_LOT},
   *     {@code VALIDATION_FAILED}
   */
  Versioned<Project.Snapshot> addLot(CoopRef ref, String lot, LotType type, String surface);

  /**
   * Moves the project to a milestone.
   *
   * @param ref the group, the actor and the project's version read
   * @param to the milestone asked for
   * @return the project after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code ILLEGAL_TRANSITION}, {@code
   *     VALIDATION_FAILED}
   */
  Versioned<Project.Snapshot> reach(CoopRef ref, ProjectPhase to);

  /**
   * The group's project.
   *
   * @param organisation the tenant's id
   * @param group the group's id
   * @return the project, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  Versioned<Project.Snapshot> project(String organisation, String group);

  /**
   * Adds a lot whose type is named by its text ({@code APARTMENT}).
   *
   * @param ref the group, the actor and the project's version read
   * @param lot the lot's id ("A1")
   * @param type STUDIO, APARTMENT, DUPLEX, HOUSE, COMMERCIAL, PARKING...
   * @param surface square metres, plain decimal
   * @return the project after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} naming {@code id},
   *     {@code MISSING_FIELD} or {@code INVALID_FIELD} naming {@code type}, and as {@link
   *     #addLot(CoopRef, String, LotType, String)}
   */
  default Versioned<Project.Snapshot> addLot(CoopRef ref, String lot, String type, String surface) {
    ClientFields.required(lot, "id");
    return addLot(ref, lot, ClientFields.parse(LotType.class, type, "type"), surface);
  }

  /**
   * Moves the project to the milestone named by its text.
   *
   * @param ref the group, the actor and the project's version read
   * @param to the milestone asked for ({@code PERMITS})
   * @return the project after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming {@code to}, and as {@link #reach(CoopRef, ProjectPhase)}
   */
  default Versioned<Project.Snapshot> reach(CoopRef ref, String to) {
    return reach(ref, ClientFields.parse(ProjectPhase.class, to, "to"));
  }

  /**
   * A project to start (LAND_SECURED), as a client sends it.
   *
   * @param id the project's id
   * @param currency the budget's currency, or null for EUR
   */
  record NewProject(String id, @Nullable String currency) {}

  /**
   * Starts the project a client sends.
   *
   * @param ref the group and the actor
   * @param project the project's id and currency
   * @return the project, with its version
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #start(CoopRef, String, String)}
   */
  default Versioned<Project.Snapshot> start(CoopRef ref, NewProject project) {
    return start(ref, project.id(), project.currency());
  }

  /**
   * A lot of the project, as a client sends it.
   *
   * @param id "A1", "A2"...
   * @param type STUDIO, APARTMENT, DUPLEX, HOUSE, COMMERCIAL, PARKING...
   * @param surface square metres, plain decimal
   * @param version the project's version read, or null
   */
  record NewLot(String id, String type, String surface, @Nullable Long version) {}

  /**
   * Adds the lot a client sends, at the version it read.
   *
   * @param ref the group and the actor (its version is the lot's)
   * @param lot the lot's id, type and surface
   * @return the project after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #addLot(CoopRef, String, String,
   *     String)}
   */
  default Versioned<Project.Snapshot> addLot(CoopRef ref, NewLot lot) {
    return addLot(ref.at(lot.version()), lot.id(), lot.type(), lot.surface());
  }

  /**
   * A milestone (phase) of the project to move to, as a client sends it.
   *
   * @param to the milestone asked for ({@code PERMITS})
   * @param version the project's version read, or null
   */
  record Milestone(String to, @Nullable Long version) {}

  /**
   * Moves the project to the milestone a client sends, at the version it read.
   *
   * @param ref the group and the actor (its version is the milestone's)
   * @param milestone the milestone asked for and the version read
   * @return the project after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #reach(CoopRef, String)}
   */
  default Versioned<Project.Snapshot> reach(CoopRef ref, Milestone milestone) {
    return reach(ref.at(milestone.version()), milestone.to());
  }
}
