/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.koprogo.host.problem.HostErrorCode;
import org.koprogo.host.problem.Problems;

/**
 * What every response of the host can be relied on for, before any route runs:
 *
 * <ul>
 *   <li>A URI longer than {@code koprogo.http.max-uri-length} (default 2,048 characters) is a 414
 *       problem document {@code URI_TOO_LONG}.
 *   <li>Cross-origin requests (CORS): a request whose {@code Origin} is neither the host itself nor
 *       one of {@code koprogo.http.cors.allowed-origins} (none by default: set {@code
 *       KOPROGO_CORS_ORIGINS}, comma-separated) is a 403 problem document {@code
 *       ORIGIN_NOT_ALLOWED}; an allowed origin gets the CORS headers and its preflight a 204.
 *   <li>Every response carries {@code X-Content-Type-Options: nosniff}; every response of the API
 *       ({@code /api/**} but Swagger UI's files, {@code /webhooks/**}, {@code /health/**}, {@code
 *       /prometheus}) carries {@code Cache-Control: no-store}, since it may carry personal data.
 * </ul>
 */
@ServerFilter("/**")
public final class HttpHardening implements Ordered {
  private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
  private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-Match";
  private static final String EXPOSED_HEADERS = "Location, Retry-After, ETag";

  private final int maxUriLength;
  private final Set<String> allowedOrigins;

  HttpHardening(
      @Value("${koprogo.http.max-uri-length:2048}") int maxUriLength,
      @Value("${koprogo.http.cors.allowed-origins:}") List<String> allowedOrigins) {
    this.maxUriLength = maxUriLength;
    this.allowedOrigins = allowedOrigins.stream()
        .map(String::trim).filter(o -> !o.isEmpty())
        .map(o -> o.toLowerCase(Locale.ROOT))
        .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 100;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> refuse(HttpRequest<?> request) {
    String raw = request.getUri().toString();
    if (raw.length() > maxUriLength) {
      Map<String, Object> problem = Problems.document(HttpStatus.REQUEST_URI_TOO_LONG,
          HostErrorCode.URI_TOO_LONG.name(),
          "the URI has " + raw.length() + " characters; the server reads at most " + maxUriLength);
      return Problems.response(problem);
    }
    String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
    if (origin == null || sameOrigin(origin, request)) {
      return null;
    }
    if (!allowedOrigins.contains(normalised(origin))) {
      Map<String, Object> problem = Problems.document(HttpStatus.FORBIDDEN,
          HostErrorCode.ORIGIN_NOT_ALLOWED.name(),
          "cross-origin requests from this origin are not allowed");
      problem.put("field", "Origin");
      return Problems.response(problem);
    }
    if (request.getMethod() == HttpMethod.OPTIONS
        && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)) {
      return HttpResponse.noContent()
          .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
          .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
          .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
          .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600")
          .header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }
    return null;
  }

  @ResponseFilter
  void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
    response.getHeaders().set("X-Content-Type-Options", "nosniff");
    String path = request.getPath();
    boolean ui = path.startsWith("/api/ui/") || path.equals("/api");
    if (!ui && path.startsWith("/api/") || path.startsWith("/webhooks/")
        || path.startsWith("/health") || path.equals("/prometheus")) {
      response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
    if (origin != null && allowedOrigins.contains(normalised(origin))
        && !sameOrigin(origin, request)) {
      response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
      response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
      response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }
  }

  private static String normalised(String origin) {
    return origin.trim().toLowerCase(Locale.ROOT);
  }

  /** True when {@code origin} names the host the request was sent to (same scheme not checked). */
  private static boolean sameOrigin(String origin, HttpRequest<?> request) {
    String host = request.getHeaders().get(HttpHeaders.HOST);
    if (host == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin.trim());
      if (uri.getHost() == null) {
        return false;
      }
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      String h = host.toLowerCase(Locale.ROOT);
      String a = authority.toLowerCase(Locale.ROOT);
      if (h.equals(a)) {
        return true;
      }
      int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      return uri.getPort() < 0 && h.equals(a + ":" + defaultPort)
          || uri.getPort() == defaultPort && h.equals(uri.getHost().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
