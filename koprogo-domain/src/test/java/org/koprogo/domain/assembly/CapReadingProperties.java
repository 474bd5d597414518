/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;

class CapReadingProperties {

  @Test
  void underEitherReadingAPersonNeverCastsMoreThanTheOthersHold() {
    qt().forAll(integers().between(1, 1000), integers().between(1, 1000), integers().between(1, 1000),
            integers().between(0, 3 * 3 * 3 * 3 * 2 - 1))
        .checkAssert((p1, p2, a, code) -> {
          int b = 1000;
          Ballot[] values = {Ballot.FOR, Ballot.AGAINST, Ballot.ABSTAIN};
          Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
          ballots.put(OwnerId.of("P1"), values[code % 3]);
          ballots.put(OwnerId.of("P2"), values[(code / 3) % 3]);
          ballots.put(OwnerId.of("A"), values[(code / 9) % 3]);
          ballots.put(OwnerId.of("B"), values[(code / 27) % 3]);
          CapReading reading = CapReading.values()[(code / 81) % 2];
          BelgianCoOwnershipRules rules = BelgianCoOwnershipRules.standard().cappingOver(reading);
          AssemblyTally tally = AssemblyTally.open(rules, Session.FIRST,
              List.of(Owner.of("P1", "" + p1), Owner.of("P2", "" + p2), Owner.of("A", "" + a), Owner.of("B", "" + b)),
              null, List.of(Attendance.proxy("P1", "H"), Attendance.proxy("P2", "H"), Attendance.present("A"),
                  Attendance.present("B")));

          VoteCount count = tally.count(Resolution.of("r", Majority.ABSOLUTE, ballots));

          Fraction othersCast = Fraction.ZERO;
          if (ballots.get(OwnerId.of("A")) != Ballot.ABSTAIN) {
            othersCast = othersCast.plus(Fraction.of(a));
          }
          if (ballots.get(OwnerId.of("B")) != Ballot.ABSTAIN) {
            othersCast = othersCast.plus(Fraction.of(b));
          }
          Fraction throughH = count.forVotes().plus(count.against()).minus(othersCast);
          assertThat(throughH.compareTo(Fraction.of(a + b))).isLessThanOrEqualTo(0);
        });
  }
}
