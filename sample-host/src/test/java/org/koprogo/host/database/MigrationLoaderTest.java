/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.jdbc.JdbcMigrations;

/** Flyway in a class loader of its own: it migrates, its classes are its own, and it goes away. */
class MigrationLoaderTest {

  private static JdbcDataSource h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH");
    return h2;
  }

  @Test
  void migratesTheLibraryAndTheHostOnceAndTheLoaderIsCollected() throws Exception {
    JdbcDataSource h2 = h2("migration-loader");
    List<WeakReference<ClassLoader>> loaders = new ArrayList<>();

    int[] first = MigrationLoader.migrate(h2, JdbcMigrations.locations(h2), loaders::add);
    int[] again = MigrationLoader.migrate(h2, JdbcMigrations.locations(h2), loaders::add);

    assertThat(first[0]).as("library migrations applied on an empty database")
        .isEqualTo(JdbcMigrations.migrate(h2("migration-loader-reference")));
    assertThat(first[1]).as("host migrations applied on an empty database").isPositive();
    assertThat(again).containsExactly(0, 0);
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from expense_allocations")) {
      assertThat(rs.next()).isTrue();
    }
    assertThat(loaders).hasSize(2);
    for (int i = 0; i < 50 && loaders.stream().anyMatch(w -> w.get() != null); i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(loaders).as("nothing keeps a migration's loader (and its Flyway classes) alive")
        .allMatch(w -> w.get() == null);
  }

  @Test
  void definesFlywayItselfAndLeavesTheRestToTheHost() {
    assertThat(MigrationLoader.ownsClass("org.flywaydb.core.Flyway")).isTrue();
    assertThat(MigrationLoader.ownsClass(FlywayRun.class.getName())).isTrue();
    assertThat(MigrationLoader.ownsClass("org.koprogo.adapters.jdbc.JdbcMigrations")).isFalse();
    assertThat(MigrationLoader.ownsClass("javax.sql.DataSource")).isFalse();
    assertThat(MigrationLoader.ownsClass("com.fasterxml.jackson.databind.ObjectMapper")).isFalse();
  }
}
