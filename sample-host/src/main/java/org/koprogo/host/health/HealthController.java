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
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.http.MutableHttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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

  public HealthController(DataSource dataSource) {
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

  /**
   * Ready to serve: the database answers and accepts writes. 503 otherwise, with {@code
   * "database":"DOWN"} or, on PostgreSQL, {@code "READ_ONLY"} (a standby, or a server set
   * read-only): a load balancer then stops sending this instance writes that would fail.
   */
  @Get("/readiness")
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(summary = "Readiness: the database is reachable and writable (503 when not)")
  public HttpResponse<Map<String, Object>> readiness() {
    String database = databaseState();
    boolean up = "UP".equals(database);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "UP" : "DOWN");
    body.put("checks", Map.of("database", database));
    MutableHttpResponse<Map<String, Object>> response =
        HttpResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    if (!up) {
      response.header(io.micronaut.http.HttpHeaders.RETRY_AFTER, "5");
    }
    return response.body(body);
  }

  private String databaseState() {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(2)) {
        return "DOWN";
      }
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return "UP";
      }
      boolean readOnly;
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SHOW transaction_read_only")) {
        readOnly = r.next() && "on".equalsIgnoreCase(r.getString(1));
      }
      if (readOnly && dataSource instanceof HikariDataSource pool) {
        // this connection may be the stale one: the next check gets a fresh session
        pool.evictConnection(connection);
      }
      return readOnly ? "READ_ONLY" : "UP";
    } catch (SQLException | RuntimeException e) {
      return "DOWN";
    }
  }
}
