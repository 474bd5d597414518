/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies the adapter's Flyway migrations to a database: {@code db/migration}, the same on
 * PostgreSQL and H2, then the one vendor-specific part, {@code db/vendor/postgresql} or {@code
 * db/vendor/h2} (a repeatable migration that makes the ledger and the audit trail refuse UPDATE
 * and DELETE at the database level).
 */
public final class JdbcMigrations {
  private JdbcMigrations() {}

  /**
   * Migrates {@code dataSource} to the latest schema.
   *
   * @return the number of migrations applied
   */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(locations(dataSource).toArray(String[]::new))
        .load()
        .migrate()
        .migrationsExecuted;
  }

  /**
   * The Flyway locations of the adapter's migrations for {@code dataSource}'s database, for a host
   * that runs Flyway itself (for example in a class loader it discards afterwards, so that
   * Flyway's classes do not stay loaded): {@code classpath:db/migration}, then the vendor's.
   *
   * @param dataSource the database (one connection is opened to tell its vendor)
   * @return the locations, in the order {@link #migrate} applies them
   */
  public static List<String> locations(DataSource dataSource) {
    return List.of("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource));
  }

  private static String vendor(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return Dialect.of(c).name().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw Db.failure("connect", e, Dialect.POSTGRESQL);
    }
  }
}
