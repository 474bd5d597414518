/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Test calls that never throw on 4xx/5xx: every answer is a status, a media type and a body. */
public final class HttpCalls {
  private static final ObjectMapper JSON = org.koprogo.domain.conformance.ConformanceVectors.JSON;

  private final BlockingHttpClient client;

  public HttpCalls(BlockingHttpClient client) {
    this.client = client;
  }

  /** One answer. */
  public record Answer(int status, String contentType, String body) {
    /** The body as an exact JSON tree. */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    /** The problem document's {@code code}. */
    public String code() {
      return json().path("code").asText();
    }
  }

  public Answer get(String uri) {
    return exchange(HttpRequest.GET(uri));
  }

  public Answer get(String uri, String token) {
    return exchange(HttpRequest.GET(uri).bearerAuth(token));
  }

  public Answer postJson(String uri, String body) {
    return exchange(HttpRequest.POST(uri, body).contentType("application/json"));
  }

  public Answer postJson(String uri, String body, String token) {
    return exchange(HttpRequest.POST(uri, body).contentType("application/json").bearerAuth(token));
  }

  public Answer exchange(MutableHttpRequest<?> request) {
    try {
      HttpResponse<String> response = client.exchange(request, String.class);
      return new Answer(
          response.code(),
          response.getContentType().map(Object::toString).orElse(""),
          response.getBody().orElse(""));
    } catch (HttpClientResponseException e) {
      return new Answer(
          e.getResponse().code(),
          e.getResponse().getContentType().map(Object::toString).orElse(""),
          e.getResponse().getBody(String.class).orElse(""));
    }
  }
}
