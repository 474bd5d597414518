/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;

/** The demo's assembly ga-2026 runs through its lifecycle: its minutes open as JSON and as a PDF. */
@MicronautTest
class DemoAssemblyMinutesTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void theDemoAssemblysMinutesOpenAsAPdfAndAgreeWithTheJson() throws IOException {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    String syndic = DemoLogins.token(calls, "syndic@tilleuls");

    JsonNode meeting = calls.get("/api/v1/assemblies/ga-2026/meeting", syndic).json();
    assertThat(meeting.path("state").asText()).as(meeting.toString()).isEqualTo("CLOSED");
    assertThat(meeting.path("quorum").path("reached").asBoolean()).isTrue();
    JsonNode minutes = calls.get("/api/v1/assemblies/ga-2026/minutes", syndic).json();
    for (JsonNode item : meeting.path("agenda")) {
      assertThat(minutes.path("resolutions").path(item.path("id").asText()).path("outcome").asText())
          .as(item.path("id").asText()).isEqualTo(item.path("vote").path("outcome").asText());
    }
    java.util.List<String> fields = new java.util.ArrayList<>();
    minutes.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("quorum", "rejectedProxies", "resolutions", "assembly", "language", "postponed",
        "input", "corrections");

    HttpResponse<byte[]> pdf = client.toBlocking().exchange(HttpRequest.GET("/api/v1/assemblies/ga-2026/minutes")
        .bearerAuth(syndic).accept("application/pdf").header("Accept-Language", "en"), byte[].class);

    assertThat(pdf.code()).isEqualTo(200);
    assertThat(pdf.getContentType().orElseThrow().toString()).startsWith("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("Replace the elevator doors").contains("Paint the facade in another colour");
    }
  }
}
