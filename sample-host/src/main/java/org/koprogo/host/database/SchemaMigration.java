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

/** Applies the JDBC adapter's Flyway migrations when the server starts, before it serves. */
@Context
public final class SchemaMigration {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

  private final int applied;

  SchemaMigration(DataSource dataSource) {
    this.applied = JdbcMigrations.migrate(dataSource);
    LOG.info("database schema up to date ({} migration(s) applied now)", applied);
  }

  /** How many migrations this start applied (0 when the schema was already current). */
  public int applied() {
    return applied;
  }
}
