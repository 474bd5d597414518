/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/** When an assembly may deliberate. */
public interface QuorumPolicy {
  /**
   * The quorum of {@code session} with these attendees.
   *
   * @param session the session sitting
   * @param attendees who attended
   * @return the quorum, reached or not
   */
  Quorum check(Session session, Attendees attendees);
}
