/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

/** Who put an item on the agenda. */
public enum AgendaOrigin {
  /** The syndic (or the council) preparing the assembly. */
  SYNDIC,
  /** One or more owners, who asked for it (Civil Code art. 3.87 §3). */
  OWNER_REQUEST
}
