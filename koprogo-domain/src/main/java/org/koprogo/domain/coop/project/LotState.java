/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.project;

/** Where a lot of the project stands; the project's milestones move it. */
public enum LotState {
  /** On the plans. */
  PLANNED,
  /** Being built (from the BUILDING milestone). */
  UNDER_CONSTRUCTION,
  /** Delivered by the builder (from the DELIVERY milestone). */
  DELIVERED,
  /** Handed over to its household (from the HANDOVER milestone). */
  HANDED_OVER
}
