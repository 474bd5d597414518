/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.host.problem.ProblemException;
import org.koprogo.ports.in.ExportPersonalData;

/** The HTTP answer of a GDPR export: JSON by default, CSV on request. */
final class PersonalData {
  private PersonalData() {}

  static HttpResponse<String> response(ExportPersonalData.Export data, String format) {
    if (format == null || format.isBlank() || "json".equals(format)) {
      return HttpResponse.ok(data.json()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
    if ("csv".equals(format)) {
      return HttpResponse.ok(data.csv()).contentType(MediaType.of("text/csv"));
    }
    throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.INVALID_FIELD.name(),
        "format is json or csv, not '" + format + "'").with("field", "format").with("value", format);
  }
}
