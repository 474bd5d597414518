/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.health;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Health for load balancers and orchestrators: {@code /health} (and {@code /health/liveness})
 * answers while the process runs; {@code /health/readiness} also needs the database.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "health")
public final class HealthController {
  private final DataSource dataSource;

  HealthController(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The process is up. */
  @Get
  @Operation(summary = "Liveness: the process answers")
  public Map<String, String> health() {
    return Map.of("status", "UP");
  }

  /** The process is up (the orchestrator's liveness probe). */
  @Get("/liveness")
  @Operation(summary = "Liveness: the process answers")
  public Map<String, String> liveness() {
    return health();
  }

  /** Ready to serve: the database answers. 503 otherwise. */
  @Get("/readiness")
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(summary = "Readiness: the database is reachable (503 when it is not)")
  public HttpResponse<Map<String, Object>> readiness() {
    boolean database = databaseAnswers();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", database ? "UP" : "DOWN");
    body.put("checks", Map.of("database", database ? "UP" : "DOWN"));
    return HttpResponse.status(database ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .body(body);
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
