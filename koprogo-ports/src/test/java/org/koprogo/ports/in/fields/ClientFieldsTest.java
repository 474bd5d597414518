/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.assertRefusedNaming;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The dates, times and years a client gives as text: read into the domain's values, or refused
 * with a coded error naming the field and showing at most 40 characters of the value.
 */
class ClientFieldsTest {

  @Test
  void readsAnIsoDate() {
    LocalDate day = ClientFields.date("2026-03-31", "asOf");

    assertThat(day).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void refusesAMalformedDateNamingTheFieldAndTheValue() {
    KoproGoException e = assertRefusedNaming(() -> ClientFields.date("31/03/2026", "asOf"), ErrorCode.INVALID_DATE, "asOf");

    assertThat(e.details()).containsEntry("value", "31/03/2026");
    assertThat(e.getMessage()).contains("asOf '31/03/2026' is not a date yyyy-MM-dd");
    assertRefusedNaming(() -> ClientFields.date("2026-02-30", "asOf"), ErrorCode.INVALID_DATE, "asOf");
  }

  @Test
  void refusesAMissingDateAsMissing() {
    assertRefusedNaming(() -> ClientFields.date(null, "transferOn"), ErrorCode.MISSING_FIELD, "transferOn");
    assertRefusedNaming(() -> ClientFields.date(" ", "transferOn"), ErrorCode.MISSING_FIELD, "transferOn");
  }

  @Test
  void refusesAMalformedDateWithTheCodeTheRoutePublished() {
    assertRefusedNaming(() -> ClientFields.date("2026-13-01", "yearStart", ErrorCode.INVALID_FIELD), ErrorCode.INVALID_FIELD,
        "yearStart");
    KoproGoException none = assertRefusedNaming(() -> ClientFields.date(null, "yearStart", ErrorCode.INVALID_FIELD),
        ErrorCode.INVALID_FIELD, "yearStart");

    assertThat(none.details()).containsEntry("value", "");
    assertThat(ClientFields.date("2027-01-01", "yearStart", ErrorCode.INVALID_FIELD))
        .isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void showsAt40CharactersOfARefusedValue() {
    String sent = "2026-01-01" + "x".repeat(31);

    KoproGoException e = assertRefusedNaming(() -> ClientFields.date(sent, "asOf"), ErrorCode.INVALID_DATE, "asOf");

    assertThat(sent).hasSize(41);
    assertThat(e.details()).containsEntry("value", sent.substring(0, 40));
    assertThat(e.getMessage()).doesNotContain(sent);
    assertThat(ClientFields.shown("x".repeat(40))).hasSize(40);
    assertThat(ClientFields.shown(null)).isEmpty();
  }

  @Test
  void readsATimeOrNothingWhenBlank() {
    assertThat(ClientFields.time("19:30", "time")).isEqualTo(LocalTime.of(19, 30));
    assertThat(ClientFields.time(" ", "time")).isNull();
    assertThat(ClientFields.time("", "time")).isNull();
    assertThat(ClientFields.time(null, "time")).isNull();
  }

  @Test
  void refusesATimeThatIsNotHoursAndMinutes() {
    KoproGoException e = assertRefusedNaming(() -> ClientFields.time("25:00", "time"), ErrorCode.INVALID_FIELD, "time");

    assertThat(e.details()).containsEntry("value", "25:00");
    assertThat(e.getMessage()).endsWith("time is HH:mm (19:30)");
    assertRefusedNaming(() -> ClientFields.time("7:30", "time"), ErrorCode.INVALID_FIELD, "time");
    assertRefusedNaming(() -> ClientFields.time("19:30:00", "time"), ErrorCode.INVALID_FIELD, "time");
  }

  @Test
  void readsAYearOfFourDigits() {
    assertThat(ClientFields.year("2025", "year")).isEqualTo(2025);
  }

  @Test
  void refusesAYearThatIsNotFourDigits() {
    KoproGoException letter = assertRefusedNaming(() -> ClientFields.year("202a", "year"), ErrorCode.INVALID_FIELD, "year");
    KoproGoException five = assertRefusedNaming(() -> ClientFields.year("20255", "year"), ErrorCode.INVALID_FIELD, "year");
    KoproGoException none = assertRefusedNaming(() -> ClientFields.year(null, "year"), ErrorCode.INVALID_FIELD, "year");

    assertThat(letter.details()).containsEntry("value", "202a");
    assertThat(five.details()).containsEntry("value", "20255");
    assertThat(none.details()).containsEntry("value", "");
    assertThat(letter.getMessage()).endsWith("year is four digits (2025)");
    assertRefusedNaming(() -> ClientFields.year("-202", "year"), ErrorCode.INVALID_FIELD, "year");
  }
}
