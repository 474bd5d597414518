/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.database;

import io.micronaut.context.annotation.Context;
import javax.sql.DataSource;
import org.koprogo.adapters.jdbc.JdbcMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the JDBC adapter's Flyway migrations, then the host's own ({@code db/host}: user
 * accounts, with its own history table), when the server starts, before it serves. Flyway runs
 * in a class loader of its own ({@link MigrationLoader}), discarded afterwards, and a full
 * collection then unloads its classes: a host that only serves does not keep them.
 */
@Context
public final class SchemaMigration {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

  private final int applied;

  SchemaMigration(DataSource dataSource) {
    int[] counts = MigrationLoader.migrate(dataSource, JdbcMigrations.locations(dataSource));
    int library = counts[0];
    int host = counts[1];
    this.applied = library + host;
    // unloads the migration's class loader now rather than at some later full collection (a
    // host on PostgreSQL may go a long time with young collections only)
    System.gc();
    LOG.info("database schema up to date ({} library and {} host migration(s) applied now)",
        library, host);
  }

  /** How many migrations this start applied (0 when the schema was already current). */
  public int applied() {
    return applied;
  }
}
