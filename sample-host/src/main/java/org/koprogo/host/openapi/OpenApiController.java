/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.koprogo.host.Application;

/**
 * Serves the OpenAPI document that micronaut-openapi generates from the controllers at compile
 * time, at a stable address: {@code GET /openapi.yml}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public final class OpenApiController {
  static final String DOCUMENT = "META-INF/swagger/koprogo-" + Application.API_VERSION + ".yml";

  private final String document;

  OpenApiController() {
    try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document " + DOCUMENT + " was not generated");
      }
      this.document = HonestDocument.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The OpenAPI 3 document of this API, in YAML. */
  @Get(uri = "/openapi.yml", produces = "application/yaml")
  public HttpResponse<String> openApi() {
    return HttpResponse.ok(document).contentType(MediaType.of("application/yaml"));
  }
}
