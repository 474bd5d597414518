/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.database;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The two Flyway runs of a start: the library's migrations, then the host's own ({@code
 * db/host}, user accounts, with its own history table). Loaded by {@link MigrationLoader}, not by
 * the host's class loader: every Flyway class it reaches is defined there and unloaded with it.
 * Only JDK types cross the boundary.
 */
public final class FlywayRun {
  private FlywayRun() {}

  /**
   * Migrates {@code dataSource}.
   *
   * @param dataSource the host's pool
   * @param libraryLocations the library's locations ({@code JdbcMigrations.locations})
   * @return the migrations applied now: the library's, then the host's
   */
  public static int[] migrate(DataSource dataSource, List<String> libraryLocations) {
    ClassLoader loader = FlywayRun.class.getClassLoader();
    int library =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .locations(libraryLocations.toArray(String[]::new))
            .load()
            .migrate()
            .migrationsExecuted;
    int host =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .locations("classpath:db/host")
            .table("host_schema_history")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate()
            .migrationsExecuted;
    return new int[] {library, host};
  }
}
