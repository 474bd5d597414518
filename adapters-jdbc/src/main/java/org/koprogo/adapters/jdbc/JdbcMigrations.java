/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Applies the adapter's Flyway migrations ({@code db/migration}) to a database. */
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
        .locations("classpath:db/migration")
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
