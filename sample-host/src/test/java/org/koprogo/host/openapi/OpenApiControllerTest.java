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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

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

  /**
   * A field of the library's read models is nullable in the document exactly when the library
   * says it may be null ({@code @Nullable}); the others are promised set, so that a client
   * generated from the document need not check them.
   */
  @Test
  void marksNullableExactlyTheFieldsTheLibrarySaysMayBeNull() {
    Map<String, Object> schemas = schemas();

    assertThat(nullable(schemas, "QueryViews.BuildingView", "id")).isFalse();
    assertThat(nullable(schemas, "QueryViews.OwnerView", "name")).isFalse();
    assertThat(nullable(schemas, "CommunityViews.OfferView", "title")).isFalse();
    assertThat(nullable(schemas, "QueryViews.OwnerView", "erasedAt")).isTrue();
    assertThat(nullable(schemas, "CommunityViews.OfferView", "reservedBy")).isTrue();
    assertThat(nullable(schemas, "CommunityViews.ObjectView", "depositHours")).isTrue();
    assertThat(nullable(schemas, "ManageCommunity.Settings", "floorHours")).isTrue();
  }

  /**
   * Every schema and every member the document shows is described, the library's records
   * included (the generator reads their Javadoc from the library's sources); a member that is a
   * reference is described by the schema it names.
   */
  @Test
  @SuppressWarnings("unchecked")
  void describesEverySchemaAndEveryMemberTheLibrarysToo() {
    Map<String, Object> schemas = schemas();
    List<String> undescribed = new ArrayList<>();
    schemas.forEach((name, value) -> {
      Map<String, Object> schema = (Map<String, Object>) value;
      if (!schema.containsKey("description")) {
        undescribed.add(name);
      }
      if (schema.get("properties") instanceof Map<?, ?> properties) {
        properties.forEach((property, p) -> {
          Map<String, Object> member = (Map<String, Object>) p;
          if (!member.containsKey("description") && !member.containsKey("$ref")
              && !member.containsKey("allOf")) {
            undescribed.add(name + "." + property);
          }
        });
      }
    });

    assertThat(schemas).hasSizeGreaterThan(150);
    assertThat(undescribed).isEmpty();
    assertThat(description(schemas, "QueryViews.BuildingView", "totalShares")).contains("plain decimal");
    assertThat(description(schemas, "CommunityViews.OfferView", "reservedBy")).contains("reserved");
    // every enum schema has its Javadoc and each value's (HonestDocument's REFS add a bare one,
    // "the names of ...", for an enum the generator was not told of)
    schemas.forEach((name, value) -> {
      Map<String, Object> schema = (Map<String, Object>) value;
      if (schema.containsKey("enum")) {
        assertThat(schema).as(name).containsKey("x-enum-descriptions")
            .extractingByKey("description").asString().doesNotStartWith("the names of");
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static String description(Map<String, Object> schemas, String schema, String property) {
    Map<String, Object> properties =
        (Map<String, Object>) ((Map<String, Object>) schemas.get(schema)).get("properties");
    return String.valueOf(((Map<String, Object>) properties.get(property)).get("description"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> schemas() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    Map<String, Object> document = (Map<String, Object>) new Yaml(options)
        .load(new HttpCalls(client.toBlocking()).get("/openapi.yml").body());
    return (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
  }

  @SuppressWarnings("unchecked")
  private static boolean nullable(Map<String, Object> schemas, String schema, String property) {
    Map<String, Object> properties =
        (Map<String, Object>) ((Map<String, Object>) schemas.get(schema)).get("properties");
    assertThat(properties).as(schema).containsKey(property);
    return Boolean.TRUE.equals(((Map<String, Object>) properties.get(property)).get("nullable"));
  }
}
