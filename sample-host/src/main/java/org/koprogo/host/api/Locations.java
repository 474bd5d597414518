/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.HttpResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The answer of a route that creates a resource: 201 with the resource's address in the Location
 * header, built in one place from the API's path and the ids, each percent-encoded as one path
 * segment (an id may hold any character the library accepts: a space, a slash, an accent).
 */
final class Locations {
  private Locations() {}

  /**
   * 201 Created with {@code body} and the Location {@code path}, each {@code {}} of it replaced in
   * order by the next of {@code ids}, percent-encoded.
   *
   * @param body the answer's body
   * @param path the resource's path, {@code /api/v1/buildings/{}/budgets/{}}
   * @param ids the ids, as many as {@code path} has {@code {}}
   * @param <T> the body's type
   * @return the answer
   */
  static <T> HttpResponse<T> created(T body, String path, Object... ids) {
    return HttpResponse.created(body, of(path, ids));
  }

  /**
   * The address {@code path} names, each {@code {}} replaced in order by the next of {@code ids},
   * percent-encoded.
   */
  static URI of(String path, Object... ids) {
    StringBuilder uri = new StringBuilder(path.length() + 32);
    int from = 0;
    for (Object id : ids) {
      int at = path.indexOf("{}", from);
      uri.append(path, from, at).append(URLEncoder.encode(String.valueOf(id), StandardCharsets.UTF_8)
          .replace("+", "%20"));
      from = at + 2;
    }
    return URI.create(uri.append(path, from, path.length()).toString());
  }
}
