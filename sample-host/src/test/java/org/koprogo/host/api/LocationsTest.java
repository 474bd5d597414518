/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Location of a created resource encodes each id as one path segment, whatever it holds. */
class LocationsTest {

  @Test
  void encodesEachIdAsOnePathSegment() {
    assertThat(Locations.of("/api/v1/buildings/{}/commitments/{}", "b 1", "a/b+c").toString())
        .isEqualTo("/api/v1/buildings/b%201/commitments/a%2Fb%2Bc");
    assertThat(Locations.of("/api/v1/owners/{}/statement", "élise").toString())
        .isEqualTo("/api/v1/owners/%C3%A9lise/statement");
  }

  @Test
  void writesAnIdThatNeedsNoEncodingAsItIs() {
    assertThat(Locations.of("/api/v1/buildings/{}/budgets/{}", "tilleuls", LocalDate.of(2027, 1, 1)).toString())
        .isEqualTo("/api/v1/buildings/tilleuls/budgets/2027-01-01");
    assertThat(Locations.of("/api/v1/association/prices").toString()).isEqualTo("/api/v1/association/prices");
  }

  @Test
  void answersCreatedWithTheBodyAndTheLocation() {
    io.micronaut.http.HttpResponse<String> answer = Locations.created("body", "/api/v1/lots/{}", "lot 7");

    assertThat(answer.code()).isEqualTo(HttpStatus.CREATED.getCode());
    assertThat((Object) answer.body()).isEqualTo("body");
    assertThat(answer.getHeaders().get("Location")).isEqualTo("/api/v1/lots/lot%207");
  }
}
