/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Whether the assembly may deliberate, under which rule, and on which figures.
 *
 * @param reached true when the assembly may deliberate
 * @param rule the rule met, or null when the quorum was not reached
 * @param attendees the figures checked
 */
public record Quorum(boolean reached, QuorumRule rule, Attendees attendees) {
  /**
   * Checks the quorum.
   *
   * @param reached true when the assembly may deliberate
   * @param rule the rule met, or null when the quorum was not reached
   * @param attendees the figures checked
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code rule}) when a rule is named
   *     without the quorum reached, or the reverse
   */
  public Quorum {
    Objects.requireNonNull(attendees, "attendees");
    if (reached != (rule != null)) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a quorum is reached exactly when it names its rule", "field", "rule");
    }
  }

  /**
   * The quorum reached under {@code rule}.
   *
   * @param rule the rule that was met
   * @param attendees who attended
   * @return the quorum
   */
  public static Quorum reached(QuorumRule rule, Attendees attendees) {
    return new Quorum(true, Objects.requireNonNull(rule, "rule"), attendees);
  }

  /**
   * The quorum not reached.
   *
   * @param attendees who attended
   * @return the quorum
   */
  public static Quorum notReached(Attendees attendees) {
    return new Quorum(false, null, attendees);
  }
}
