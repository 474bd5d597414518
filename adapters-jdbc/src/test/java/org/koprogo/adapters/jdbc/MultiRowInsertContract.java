/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcStatements#insertRows}: every row stored once, in chunks, with its values bound by
 * type (nulls included), on each database.
 */
abstract class MultiRowInsertContract {

  abstract DataSource dataSource();

  private static final String COLUMNS = " (id, label, amount, booked_on, at_time, flag)";

  private void table(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("drop table if exists " + name);
      s.execute("create table " + name + " (id bigint primary key, label varchar(40), amount numeric(12, 2),"
          + " booked_on date, at_time timestamp with time zone, flag boolean)");
    }
  }

  private static Object[] row(long i) {
    return new Object[] {
        i, i % 7 == 0 ? null : "row " + i, new BigDecimal(i).movePointLeft(2), LocalDate.of(2026, 1, 1).plusDays(i % 300),
        Instant.parse("2026-05-01T10:00:00Z").plusSeconds(i), i % 2 == 0};
  }

  @Test
  void storesEveryRowAcrossSeveralStatements() throws SQLException {
    int n = 2 * JdbcStatements.ROWS_PER_INSERT + 3;
    List<Object[]> rows = new ArrayList<>();
    for (long i = 1; i <= n; i++) {
      rows.add(row(i));
    }
    try (Connection c = dataSource().getConnection()) {
      table(c, "multi_rows_many");
      JdbcStatements.insertRows(c, "insert into multi_rows_many" + COLUMNS, rows);
      JdbcStatements.insertRows(c, "insert into multi_rows_many" + COLUMNS, List.of());
      List<Object[]> back = JdbcStatements.query(c,
          "select id, label, amount, booked_on, at_time, flag from multi_rows_many order by id",
          rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), Db.date(rs, "booked_on"),
              JdbcStatements.instant(rs, "at_time"), rs.getBoolean(6)});
      assertThat(back).hasSize(n);
      for (int i = 0; i < n; i++) {
        assertThat(back.get(i)).as("row %d", i + 1).containsExactly(rows.get(i));
      }
    }
  }

  @Test
  void oneRowAndAWrongWidth() throws SQLException {
    try (Connection c = dataSource().getConnection()) {
      table(c, "multi_rows_one");
      JdbcStatements.insertRows(c, "insert into multi_rows_one" + COLUMNS, List.<Object[]>of(row(42)));
      assertThat(JdbcStatements.query(c, "select count(*) from multi_rows_one where id = 42", rs -> rs.getLong(1)))
          .containsExactly(1L);
      assertThatThrownBy(() -> JdbcStatements.insertRows(c, "insert into multi_rows_one" + COLUMNS, List.<Object[]>of(new Object[] {1L})))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
