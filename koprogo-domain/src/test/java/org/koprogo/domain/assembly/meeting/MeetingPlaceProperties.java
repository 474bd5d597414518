/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Whatever text a client sends as the meeting's place, it is either a stripped line of at most
 * {@value MeetingPlace#MAX_LENGTH} characters without control characters, or a coded refusal
 * naming the field {@code place}: never another exception, never a place that breaks the bound.
 */
class MeetingPlaceProperties {

  private static void acceptedOrRefusedNamingPlace(String text) {
    MeetingPlace place;
    try {
      place = MeetingPlace.of(text);
    } catch (KoproGoException e) {
      assertThat(e.code()).isIn(Set.of(ErrorCode.MISSING_FIELD, ErrorCode.INVALID_FIELD));
      assertThat(e.details().get("field")).isEqualTo("place");
      return;
    }
    String t = place.text();
    assertThat(t).isEqualTo(text.strip()).isNotBlank();
    assertThat(t.codePointCount(0, t.length())).isLessThanOrEqualTo(MeetingPlace.MAX_LENGTH);
    assertThat(t.codePoints().noneMatch(Character::isISOControl)).isTrue();
    assertThat(MeetingPlace.of(t)).isEqualTo(place);
  }

  @Test
  void anyBasicLatinTextIsAcceptedOrRefusedNamingThePlace() {
    qt().withExamples(500).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 260))
        .checkAssert(MeetingPlaceProperties::acceptedOrRefusedNamingPlace);
  }

  @Test
  void anyUnicodeTextIsAcceptedOrRefusedNamingThePlace() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 450))
        .checkAssert(MeetingPlaceProperties::acceptedOrRefusedNamingPlace);
  }

  @Test
  void aPrintableLineIsAcceptedExactlyUpToTheBound() {
    qt().withExamples(200).forAll(integers().between(1, 3 * MeetingPlace.MAX_LENGTH))
        .checkAssert(n -> {
          String text = "ab".repeat(n).substring(0, n);
          if (n <= MeetingPlace.MAX_LENGTH) {
            assertThat(MeetingPlace.of(text).text()).isEqualTo(text);
          } else {
            acceptedOrRefusedNamingPlace(text);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> MeetingPlace.of(text)))
                .isInstanceOf(KoproGoException.class);
          }
        });
  }
}
