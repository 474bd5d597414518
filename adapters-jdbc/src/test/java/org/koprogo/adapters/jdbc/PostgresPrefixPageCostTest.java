/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.AggregateStoreContract.Paid;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.OrganisationId;

/**
 * A page of the ids with a prefix (a building's budgets, {@code building/}) ends its scan with the
 * prefix's ids: on a database that orders text by code point, the ids of another prefix that
 * follow are not read, however many (the plan's rows removed by the filter are counted).
 */
class PostgresPrefixPageCostTest {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  private static final OrganisationId ACME = OrganisationId.of("acme");
  private static final Pattern REMOVED = Pattern.compile("Rows Removed by Filter: (\\d+)");

  @Test
  void thePageOfAPrefixReadsNoIdOfTheFollowingPrefixes() throws SQLException {
    JdbcStore store = new JdbcStore(DATABASE.dataSource(), ManualClock.at(Instant.parse("2026-01-05T09:00:00Z")));
    DATABASE.freshPorts(ManualClock.at(Instant.parse("2026-01-05T09:00:00Z")));
    AggregateStore aggregates = store.aggregateStore();
    for (String id : new String[] {"b1/2025-01-01", "b1/2026-01-01", "b1/2027-01-01"}) {
      aggregates.add(ACME, id, new Paid("O1", 100));
    }
    for (int i = 0; i < 300; i++) {
      aggregates.add(ACME, "b2/" + (1000 + i) + "-01-01", new Paid("O1", 100));
    }

    assertThat(aggregates.allWithIdPrefix(ACME, Paid.class, "b1/", Optional.empty(), 100))
        .extracting(AggregateStore.Stored::id).containsExactly("b1/2025-01-01", "b1/2026-01-01", "b1/2027-01-01");
    assertThat(store.aggregateStore().ordersByCodePoint()).as("this PostgreSQL orders text by code point").isTrue();
    String type;
    try (Connection c = DATABASE.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("select record_type from aggregate_records where record_id = 'b1/2025-01-01'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      type = rs.getString(1);
    }

    assertThat(rowsRemoved(true, type)).as("ids of b2/ read by the bounded page").isZero();
    assertThat(rowsRemoved(false, type)).as("the same page without the bound reads them all").isEqualTo(300);
  }

  @Test
  void theNextPrefixRaisesTheLastCharacter() {
    assertThat(JdbcAggregateStore.nextPrefix("b1/")).contains("b10");
    assertThat(JdbcAggregateStore.nextPrefix("a%")).contains("a&");
    assertThat(JdbcAggregateStore.nextPrefix("x\uD7FE")).contains("x\uD7FF");
    assertThat(JdbcAggregateStore.nextPrefix("x\uD800")).isEmpty();
    assertThat(JdbcAggregateStore.nextPrefix("x\uFFFF")).isEmpty();
  }

  /**
   * The rows the page's plan removes by its filter, on fresh statistics and with the plan an index
   * scan (a table this small would otherwise be read whole, whatever the statement).
   */
  private static long rowsRemoved(boolean bounded, String type) throws SQLException {
    try (Connection c = DATABASE.dataSource().getConnection();
        java.sql.Statement settings = c.createStatement();
        PreparedStatement ps = c.prepareStatement("explain (analyze, costs off) " + JdbcAggregateStore.prefixPageSql(bounded))) {
      settings.execute("analyze aggregate_records");
      settings.execute("set enable_seqscan = off");
      settings.execute("set enable_bitmapscan = off");
      int i = 1;
      ps.setString(i++, ACME.value());
      ps.setString(i++, type);
      ps.setString(i++, "b1/");
      ps.setString(i++, "");
      if (bounded) {
        ps.setString(i++, "b10");
      }
      ps.setString(i++, "b1/%");
      ps.setInt(i, 100);
      long removed = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Matcher m = REMOVED.matcher(rs.getString(1));
          if (m.find()) {
            removed += Long.parseLong(m.group(1));
          }
        }
      }
      settings.execute("reset enable_seqscan");
      settings.execute("reset enable_bitmapscan");
      return removed;
    }
  }
}
