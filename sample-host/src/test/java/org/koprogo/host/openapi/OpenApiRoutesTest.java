/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;

/**
 * The served OpenAPI document describes every {@code /api/v1} route the host registers, and
 * nothing it does not: the routes of the controllers (as Micronaut's {@link Router} holds them)
 * and the document's paths and operations are the same set of "METHOD /path" lines.
 */
@MicronautTest
class OpenApiRoutesTest {
  /** A path of the document ({@code "  /api/v1/...:"}) or an operation under it ({@code "    post:"}). */
  private static final Pattern LINE =
      Pattern.compile("^(?:  (/\\S*):|    (get|put|post|delete|patch|head|options):)\\s*$", Pattern.MULTILINE);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  Router router;

  @Test
  void documentsExactlyTheApiRoutesTheHostRegisters() {
    Set<String> registered = router.uriRoutes()
        .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString())
        .filter(r -> r.contains(" /api/v1/") && !r.startsWith("HEAD ") && !r.startsWith("OPTIONS "))
        .collect(Collectors.toCollection(TreeSet::new));

    Set<String> documented = operations(new HttpCalls(client.toBlocking()).get("/openapi.yml").body());

    assertThat(registered).hasSizeGreaterThan(50);
    assertThat(documented).as("every registered route is documented")
        .containsAll(registered);
    assertThat(registered).as("every documented route is registered")
        .containsAll(documented.stream().filter(o -> o.contains(" /api/v1/")).toList());
  }

  /** The document's operations under {@code paths}, as "METHOD /path". */
  private static Set<String> operations(String document) {
    String paths = document.substring(document.indexOf("\npaths:\n"), document.indexOf("\ncomponents:\n"));
    Set<String> operations = new TreeSet<>();
    Matcher m = LINE.matcher(paths);
    String path = null;
    while (m.find()) {
      if (m.group(1) != null) {
        path = m.group(1);
      } else {
        operations.add(m.group(2).toUpperCase(Locale.ROOT) + " " + path);
      }
    }
    return operations;
  }
}
