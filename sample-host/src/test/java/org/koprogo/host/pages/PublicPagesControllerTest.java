/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The pages over HTTP, without a token, as a browser asks for them. */
@MicronautTest
class PublicPagesControllerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  private record Answer(int status, String contentType, String body, HttpResponse<?> response) {
    String header(String name) {
      return response.getHeaders().get(name);
    }
  }

  private Answer exchange(MutableHttpRequest<?> request) {
    try {
      HttpResponse<String> r = client.toBlocking().exchange(request, String.class);
      return new Answer(r.code(), r.getContentType().map(Object::toString).orElse(""),
          r.getBody().orElse(""), r);
    } catch (HttpClientResponseException e) {
      return new Answer(e.getResponse().code(),
          e.getResponse().getContentType().map(Object::toString).orElse(""),
          e.getResponse().getBody(String.class).orElse(""), e.getResponse());
    }
  }

  @Test
  void servesTheTransparencyPageToAnAnonymousReaderInTheBrowsersLanguage() {
    Answer answer = exchange(HttpRequest.GET("/transparency").header("Accept-Language", "fr-BE,fr;q=0.9"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.header("Content-Language")).isEqualTo("fr");
    assertThat(answer.header("Vary")).contains("Accept-Language");
    assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'");
    PageDocument page = PageDocument.parse(answer.body());
    assertThat(page.text("/html/@lang")).isEqualTo("fr");
    assertThat(page.text("//h1")).isEqualTo("Transparence : les comptes de l'association pour 2025");
  }

  @Test
  void letsTheSwitchOverrideTheBrowserAndFallsBackToDutch() {
    Answer switched = exchange(HttpRequest.GET("/transparency?lang=en").header("Accept-Language", "fr"));
    Answer fallback = exchange(HttpRequest.GET("/transparency").header("Accept-Language", "it"));

    assertThat(PageDocument.parse(switched.body()).text("/html/@lang")).isEqualTo("en");
    assertThat(PageDocument.parse(fallback.body()).text("/html/@lang")).isEqualTo("nl");
  }

  @Test
  void servesAnAssemblysResultsAndA404PageForAnUnknownOne() {
    Answer results = exchange(HttpRequest.GET("/assemblies/demo-tilleuls/ga-2026/results?lang=de"));
    Answer missing = exchange(HttpRequest.GET("/assemblies/demo-tilleuls/nope/results?lang=de"));

    assertThat(results.status()).isEqualTo(200);
    assertThat(PageDocument.parse(results.body()).texts("//article//span/@data-outcome"))
        .containsExactly("ADOPTED", "REJECTED", "REJECTED");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("text/html");
    assertThat(PageDocument.parse(missing.body()).text("//h1")).isEqualTo("Seite nicht gefunden");
    assertThat(PageDocument.parse(missing.body()).text("//p[@data-code]"))
        .isEqualTo("NOT_FOUND: Nicht gefunden.");
  }

  @Test
  void publishesInputsThatTheCalculationApiTurnsIntoThePagesFigures() throws Exception {
    Answer data = exchange(HttpRequest.GET("/transparency/data.json"));

    Answer computed = exchange(HttpRequest.POST("/api/v1/calculations/surplus-allocation", data.body())
        .contentType("application/json"));

    JsonNode result = JSON.readTree(computed.body());
    PageDocument page = PageDocument.parse(exchange(HttpRequest.GET("/transparency?lang=en")).body());
    assertThat(computed.status()).isEqualTo(200);
    assertThat(page.text("//div[@data-figure='surplus']//span/@data-value"))
        .isEqualTo(result.path("surplus").asText()).isEqualTo("58157.50");
    assertThat(page.text("//div[@data-figure='margin']//span/@data-value"))
        .isEqualTo(result.path("marginPercent").asText());
    assertThat(page.text("//tr[@data-destination='reserve']/td/@data-value"))
        .isEqualTo(result.path("allocations").path("reserve").asText());
  }

  @Test
  void publishesAnAssemblysInputForTheGeneralAssemblyCalculation() throws Exception {
    Answer data = exchange(HttpRequest.GET("/assemblies/demo-tilleuls/ga-2026/data.json"));

    Answer computed = exchange(HttpRequest.POST("/api/v1/calculations/general-assembly", data.body())
        .contentType("application/json"));

    JsonNode result = JSON.readTree(computed.body());
    assertThat(computed.status()).isEqualTo(200);
    assertThat(result.path("quorum").path("rule").asText()).isEqualTo("HEADS_AND_HALF_SHARES");
    assertThat(result.path("resolutions").path("elevator-doors").path("for").asText()).isEqualTo("480");
    assertThat(data.body()).doesNotContain("o-peeters").doesNotContain("Nora Willems").contains("owner-1");
    assertThat(exchange(HttpRequest.GET("/assemblies/demo-tilleuls/nope/data.json")).status()).isEqualTo(404);
    assertThat(exchange(HttpRequest.GET("/assemblies/demo-cailles/ga-2026/data.json")).status()).isEqualTo(404);
  }

  @Test
  void servesTheStyleSheetAndTheIcon() {
    Answer css = exchange(HttpRequest.GET("/pages/pages.css"));
    Answer icon = exchange(HttpRequest.GET("/pages/favicon.svg"));

    assertThat(css.status()).isEqualTo(200);
    assertThat(css.contentType()).startsWith("text/css");
    assertThat(css.body()).contains("--focus:");
    assertThat(icon.status()).isEqualTo(200);
    assertThat(icon.contentType()).startsWith("image/svg+xml");
  }
}
