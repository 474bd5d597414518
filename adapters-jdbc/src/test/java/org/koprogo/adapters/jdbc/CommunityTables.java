/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.koprogo.adapters.jdbc.community.JdbcCommunityBuildings;
import org.koprogo.ports.contract.community.CommunityUnderTest.Stores;
import org.koprogo.ports.memory.ManualClock;

/** Fresh community stores on a test database: the community tables emptied, then the others. */
final class CommunityTables {
  private static final String[] TABLES = {
    "community_exchange_ratings", "community_loans", "community_exchanges", "community_objects",
    "community_bazaar_offers", "community_skills", "community_notices", "community_modules", "community_people",
    "community_buildings"
  };

  private CommunityTables() {}

  static Stores fresh(TestDatabase database, ManualClock clock) {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        s.executeUpdate("delete from " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    database.freshPorts(clock);
    JdbcStore store = new JdbcStore(database.dataSource(), clock);
    return new Stores(store.ports(), JdbcCommunityBuildings.storeOn(store));
  }
}
