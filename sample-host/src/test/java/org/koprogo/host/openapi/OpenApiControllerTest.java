/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

@MicronautTest
class OpenApiControllerTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void servesTheDocumentGeneratedFromTheControllers() {
    Answer answer = new HttpCalls(client.toBlocking()).get("/openapi.yml");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).startsWith("openapi: 3.");
    assertThat(answer.body()).contains("/api/v1/calculations/{family}").contains("bearerFormat: JWT");
  }

  @Test
  void describesTheLoginEndpointOfTheSecurityModuleAtItsConfiguredPath() {
    String document = new HttpCalls(client.toBlocking()).get("/openapi.yml").body();

    assertThat(document).contains("  /api/v1/login:\n    post:");
    assertThat(document).contains("  /api/v1/login/refresh:\n    post:");
    assertThat(document).doesNotContain("  /login:", "  /logout:", "  /keys:");
  }

  @Test
  void describesTheCooperativeDocumentsTimelineAndInbox() {
    String document = new HttpCalls(client.toBlocking()).get("/openapi.yml").body();

    assertThat(document).contains("/api/v1/groups/{group}/members/{member}/documents:",
        "/api/v1/groups/{group}/members/{member}/documents/{kind}/acceptance:",
        "/api/v1/groups/{group}/timeline:", "/api/v1/inbox:");
  }
}
