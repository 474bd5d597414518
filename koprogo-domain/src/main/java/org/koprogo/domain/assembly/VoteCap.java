/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import org.koprogo.domain.shared.Fraction;

/** How much of a voting person's votes count on one resolution. */
public interface VoteCap {
  /**
   * The factor applied to every vote cast through a person, or null when they are not capped.
   *
   * @param personVotes the votes the person casts (their own and their principals')
   * @param othersVotes the votes of every other voting owner
   */
  Fraction factor(BigDecimal personVotes, BigDecimal othersVotes);
}
