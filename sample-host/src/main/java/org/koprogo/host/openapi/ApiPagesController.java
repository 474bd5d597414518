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

/**
 * {@code /}: where to go (the API browser, the OpenAPI document, the public pages, health), and
 * {@code /api}: Swagger UI (served from the {@code org.webjars:swagger-ui} artifact under {@code
 * /api/ui/}) showing the served document {@code /openapi.yml}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public final class ApiPagesController {
  private static final String HTML = "text/html;charset=utf-8";

  private static final String HOME = """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>KoproGo</title>
      <meta name="viewport" content="width=device-width, initial-scale=1"></head>
      <body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;line-height:1.5">
      <h1>KoproGo</h1>
      <p>Co-ownership buildings and housing cooperatives over HTTP/JSON.</p>
      <ul>
      <li><a href="/api">The HTTP API</a>: browse and try it (Swagger UI)</li>
      <li><a href="/openapi.yml">The OpenAPI document</a> (YAML)</li>
      <li><a href="/transparency">Transparency</a>: the association's public figures</li>
      <li><a href="/health/readiness">Readiness</a></li>
      </ul>
      </body></html>
      """;

  private static final String API = """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>KoproGo API</title>
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <link rel="stylesheet" href="/api/ui/swagger-ui.css"></head>
      <body><div id="swagger-ui"></div>
      <script src="/api/ui/swagger-ui-bundle.js"></script>
      <script src="/api/ui/swagger-ui-standalone-preset.js"></script>
      <script>
      window.ui = SwaggerUIBundle({url: "/openapi.yml", dom_id: "#swagger-ui",
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: "StandaloneLayout"});
      </script></body></html>
      """;

  /** Where to go. */
  @Get(produces = HTML)
  public HttpResponse<String> home() {
    return HttpResponse.ok(HOME).contentType(MediaType.of(HTML));
  }

  /** Swagger UI on the served OpenAPI document. */
  @Get(uri = "/api", produces = HTML)
  public HttpResponse<String> api() {
    return HttpResponse.ok(API).contentType(MediaType.of(HTML));
  }
}
