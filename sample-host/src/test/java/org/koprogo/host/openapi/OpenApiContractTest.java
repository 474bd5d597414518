/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A contract check of the served OpenAPI document against the host's real answers (issue 20,
 * finding 9), in the manner of schemathesis: every documented {@code /api/v1} operation is called
 * anonymously and with a token (ids that name nothing, an empty JSON object as body), and every
 * answer must be a status the document lists for it, never a 5xx; every error must be a problem
 * document matching {@code components.schemas.Problem}; every JSON success must match its
 * documented schema ({@link SchemaCheck}: types, required, nullable, enums, patterns, dates as
 * strings, items).
 */
@MicronautTest
class OpenApiContractTest {
  @Inject
  @Client("/")
  HttpClient client;

  private Map<String, Object> document;
  private SchemaCheck schemas;

  @Test
  @SuppressWarnings("unchecked")
  void everyAnswerOfEveryOperationIsOneTheDocumentPromises() {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    Answer served = calls.get("/openapi.yml");
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    document = (Map<String, Object>) new Yaml(options).load(served.body());
    schemas = new SchemaCheck(document);
    String syndic = DemoLogins.token(calls, "syndic@tilleuls");
    String auditor = DemoLogins.token(calls, "auditor@tilleuls");
    List<String> violations = new ArrayList<>();
    int checked = 0;
    Map<String, Object> paths = (Map<String, Object>) document.get("paths");
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/v1/")) {
        continue;
      }
      for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
        Map<String, Object> operation = (Map<String, Object>) op.getValue();
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        String uri = concrete(path.getKey(), operation);
        boolean hasParams = path.getKey().contains("{");
        // with a path id: a syndic meets ids that name nothing; without: an auditor writes nothing
        for (String token : new String[] {null, hasParams || method.equals("GET") ? syndic : auditor}) {
          Answer answer = calls.exchange(request(method, uri, operation, token));
          checked++;
          check(method + " " + path.getKey() + (token == null ? " (anonymous)" : ""), operation,
              answer, violations);
        }
      }
    }

    assertThat(checked).isGreaterThan(200);
    assertThat(violations).as("answers the served document does not promise").isEmpty();
  }

  @Test
  void servesABrowsableApiAndAHomePage() {
    HttpCalls calls = new HttpCalls(client.toBlocking());

    Answer home = calls.get("/");
    Answer api = calls.get("/api");
    Answer bundle = calls.get("/api/ui/swagger-ui-bundle.js");

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("href=\"/api\"", "/openapi.yml", "/transparency");
    assertThat(api.status()).isEqualTo(200);
    assertThat(api.body()).contains("/api/ui/swagger-ui-bundle.js", "/openapi.yml");
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.body()).contains("SwaggerUIBundle");
  }

  @Test
  @SuppressWarnings("unchecked")
  void documentsCreatesAs201AndErrorsAsProblemDocuments() {
    Map<String, Object> doc = (Map<String, Object>) new Yaml(new LoaderOptions())
        .load(new HttpCalls(client.toBlocking()).get("/openapi.yml").body());
    Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
    Map<String, Object> create = (Map<String, Object>) ((Map<String, Object>) paths
        .get("/api/v1/buildings")).get("post");
    Map<String, Object> responses = (Map<String, Object>) create.get("responses");

    assertThat(responses).containsKeys("201", "401", "403", "409", "422", "503")
        .doesNotContainKey("200");
    assertThat(((Map<String, Object>) ((Map<String, Object>) doc.get("components"))
        .get("schemas"))).containsKey("Problem");
  }

  private static MutableHttpRequest<?> request(
      String method, String uri, Map<String, Object> operation, String token) {
    MutableHttpRequest<?> request = switch (method) {
      case "GET" -> HttpRequest.GET(uri);
      case "DELETE" -> HttpRequest.DELETE(uri);
      case "PUT" -> HttpRequest.PUT(uri, "{}").contentType("application/json");
      case "PATCH" -> HttpRequest.PATCH(uri, "{}").contentType("application/json");
      default -> operation.containsKey("requestBody")
          ? HttpRequest.POST(uri, "{}").contentType("application/json")
          : HttpRequest.POST(uri, "");
    };
    if (token != null) {
      request.bearerAuth(token);
    }
    return request;
  }

  @SuppressWarnings("unchecked")
  private static String concrete(String path, Map<String, Object> operation) {
    String uri = path.replaceAll("\\{([^}]+)}", "contract-$1");
    StringBuilder query = new StringBuilder();
    for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
      Map<String, Object> parameter = (Map<String, Object>) p;
      if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
        String value = "date".equals(schema.get("format")) ? "2026-01-01"
            : "integer".equals(schema.get("type")) ? "1" : "x";
        query.append(query.length() == 0 ? '?' : '&').append(parameter.get("name")).append('=')
            .append(value);
      }
    }
    return uri + query;
  }

  @SuppressWarnings("unchecked")
  private void check(String route, Map<String, Object> operation, Answer answer,
      List<String> violations) {
    Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
    String status = String.valueOf(answer.status());
    if (answer.status() >= 500) {
      violations.add(route + ": " + status + " " + answer.body());
      return;
    }
    Map<String, Object> documented = (Map<String, Object>) responses.get(status);
    if (documented == null) {
      violations.add(route + ": status " + status + " is not documented (" + responses.keySet()
          + ") " + abbreviated(answer.body()));
      return;
    }
    if (answer.status() >= 400) {
      if (!answer.contentType().startsWith("application/problem+json")) {
        violations.add(route + ": " + status + " is not a problem document: " + answer.contentType());
        return;
      }
      violations.addAll(schemas.violations(route, answer.json(), Map.of("$ref", "#/components/schemas/Problem")));
      if (answer.json().path("status").asInt() != answer.status()) {
        violations.add(route + ": the problem's status differs from the HTTP status");
      }
      return;
    }
    Map<String, Object> content = (Map<String, Object>) documented.get("content");
    if (content == null || !answer.contentType().startsWith("application/json")) {
      return;
    }
    Map<String, Object> media = (Map<String, Object>) content.get("application/json");
    if (media != null && media.get("schema") != null) {
      violations.addAll(schemas.violations(route, answer.json(), (Map<String, Object>) media.get("schema")));
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "...";
  }
}
