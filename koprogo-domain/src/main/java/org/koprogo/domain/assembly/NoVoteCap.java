/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import org.koprogo.domain.shared.Fraction;

/** One member one vote, and the French rules (whose art. 22 reduces votes instead): nobody is capped. Immutable. */
public record NoVoteCap() implements VoteCap {
  @Override
  public Fraction factor(BigDecimal personVotes, BigDecimal othersVotes) {
    return null;
  }
}
