/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.coop;

import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectPhase;

/**
 * A group's housing project: started at LAND_SECURED, its lots, its milestones. Each change is
 * one unit of work with its audit entries, timeline lines and notices.
 *
 * <p>Refusals: {@code NOT_FOUND} (group, project), {@code CONCURRENT_UPDATE}, {@code
 * ILLEGAL_TRANSITION}, {@code NOT_PERMITTED}, {@code INVALID_FIELD}, {@code VALIDATION_FAILED}.
 */
public interface RunCoopProject {

  /** Starts the group's project. */
  Versioned<Project.Snapshot> start(CoopRef ref, String project, String currency);

  /** Adds a lot (surface in square metres, a plain decimal). */
  Versioned<Project.Snapshot> addLot(CoopRef ref, String lot, LotType type, String surface);

  /** Moves the project to a milestone. */
  Versioned<Project.Snapshot> reach(CoopRef ref, ProjectPhase to);

  /** The group's project. */
  Versioned<Project.Snapshot> project(String organisation, String group);
}
