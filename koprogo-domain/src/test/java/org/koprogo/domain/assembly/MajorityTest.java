/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

class MajorityTest {

  @Test
  void rejectsATieUnderTheAbsoluteMajority() {
    boolean reached = Majority.ABSOLUTE.isReachedBy(Fraction.of(400), Fraction.of(400));

    assertThat(reached).isFalse();
  }

  @Test
  void adoptsExactlyTwoThirdsAndExactlyFourFifths() {
    boolean twoThirds = Majority.TWO_THIRDS.isReachedBy(Fraction.of(200), Fraction.of(100));
    boolean fourFifths = Majority.FOUR_FIFTHS.isReachedBy(Fraction.of(400), Fraction.of(100));

    assertThat(twoThirds).isTrue();
    assertThat(fourFifths).isTrue();
  }

  @Test
  void missesFourFifthsByAHair() {
    boolean reached = Majority.FOUR_FIFTHS.isReachedBy(Fraction.of(7999, 10), Fraction.of(2001, 10));

    assertThat(reached).isFalse();
  }

  @Test
  void adoptsNothingWithoutAVoteCast() {
    boolean twoThirds = Majority.TWO_THIRDS.isReachedBy(Fraction.ZERO, Fraction.ZERO);

    assertThat(twoThirds).isFalse();
  }

  @Test
  void picksTheLegalMajorityOfADecisionType() {
    RequiredMajority works = RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS);
    RequiredMajority charges = RequiredMajority.of(DecisionType.CHANGE_OF_CHARGES_DISTRIBUTION);
    RequiredMajority shares = RequiredMajority.of(DecisionType.CHANGE_OF_SHARES);
    RequiredMajority conservatory = RequiredMajority.of(DecisionType.WORKS_IMPOSED_BY_LAW);

    assertThat(works.majority()).isEqualTo(Majority.TWO_THIRDS);
    assertThat(charges.majority()).isEqualTo(Majority.FOUR_FIFTHS);
    assertThat(shares.majority()).isEqualTo(Majority.UNANIMITY);
    assertThat(conservatory.majority()).isEqualTo(Majority.ABSOLUTE);
    assertThat(works.legalBasis()).contains("art. 3.88");
  }

  @Test
  void overridesADecisionTypeOnlyWithAReason() {
    RequiredMajority overridden = RequiredMajority.overridden(
        DecisionType.WORKS_ON_COMMON_PARTS, Majority.FOUR_FIFTHS, "statutes, art. 12");

    assertThat(overridden.isOverridden()).isTrue();
    assertThat(overridden.legalBasis()).contains("statutes, art. 12");
    assertThatThrownBy(() -> RequiredMajority.overridden(DecisionType.WORKS_ON_COMMON_PARTS, Majority.ABSOLUTE, " "))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MAJORITY_OVERRIDE_WITHOUT_REASON));
    assertThatThrownBy(() -> new RequiredMajority(Majority.ABSOLUTE, DecisionType.CHANGE_OF_USE, null))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MAJORITY_OVERRIDE_WITHOUT_REASON));
  }

  @Test
  void countsAResolutionOfADecisionTypeWithItsLegalMajority() {
    AssemblyTally tally = AssemblyFixtures.fiveOwners().everyonePresent().open();
    Resolution use = Resolution.of("use", DecisionType.CHANGE_OF_USE,
        AssemblyFixtures.ballots("A", "FOR", "B", "FOR", "C", "FOR", "D", "AGAINST", "E", "FOR"));

    VoteCount count = tally.count(use);

    assertThat(count.majority().majority()).isEqualTo(Majority.FOUR_FIFTHS);
    assertThat(count.outcome()).isEqualTo(Outcome.REJECTED);
  }
}
