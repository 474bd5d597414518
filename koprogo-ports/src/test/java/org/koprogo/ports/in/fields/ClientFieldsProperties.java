/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** Every date's ISO text reads back as the date; no refusal shows more than 40 characters. */
class ClientFieldsProperties {

  @Test
  void everyDatesIsoTextReadsBackAsTheDate() {
    qt().forAll(longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())).checkAssert(epochDay -> {
      LocalDate day = LocalDate.ofEpochDay(epochDay);

      assertThat(ClientFields.date(day.toString(), "asOf")).isEqualTo(day);
      assertThat(ClientFields.date(day.toString(), "yearStart", ErrorCode.INVALID_FIELD)).isEqualTo(day);
    });
  }

  @Test
  void noRefusalShowsMoreThan40CharactersOfTheValue() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 120)).checkAssert(text -> {
      String shown = ClientFields.shown(text);
      assertThat(shown).hasSizeLessThanOrEqualTo(ClientFields.SHOWN);
      assertThat(text).startsWith(shown);
      for (Runnable read : new Runnable[] {
          () -> ClientFields.date(text, "asOf", ErrorCode.INVALID_DATE),
          () -> ClientFields.time(text, "time"),
          () -> ClientFields.year(text, "year")}) {
        try {
          read.run();
        } catch (KoproGoException e) {
          assertThat(e.details().get("value").toString()).hasSizeLessThanOrEqualTo(ClientFields.SHOWN);
        }
      }
    });
  }
}
