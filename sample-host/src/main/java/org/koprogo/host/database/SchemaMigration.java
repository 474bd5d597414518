/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.database;

import io.micronaut.context.annotation.Context;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.koprogo.adapters.jdbc.JdbcMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the JDBC adapter's Flyway migrations, then the host's own ({@code db/host}: user
 * accounts, with its own history table), when the server starts, before it serves.
 */
@Context
public final class SchemaMigration {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

  private final int applied;

  SchemaMigration(DataSource dataSource) {
    int library = JdbcMigrations.migrate(dataSource);
    int host =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/host")
            .table("host_schema_history")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate()
            .migrationsExecuted;
    this.applied = library + host;
    LOG.info("database schema up to date ({} library and {} host migration(s) applied now)",
        library, host);
  }

  /** How many migrations this start applied (0 when the schema was already current). */
  public int applied() {
    return applied;
  }
}
