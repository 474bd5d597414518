/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.full;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The items table through plain JDBC. */
@Singleton
final class Items {
  private final DataSource dataSource;

  Items(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  List<Item> last20() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "select id, label, amount, booked_on from item order by id desc limit 20");
        ResultSet r = s.executeQuery()) {
      List<Item> items = new ArrayList<>(20);
      while (r.next()) {
        items.add(new Item(r.getLong(1), r.getString(2), r.getBigDecimal(3), r.getDate(4).toLocalDate()));
      }
      return items;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  Item add(NewItem item) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "insert into item (label, amount, booked_on) values (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, item.label());
      s.setBigDecimal(2, item.amount());
      s.setDate(3, Date.valueOf(item.bookedOn()));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return new Item(keys.getLong(1), item.label(), item.amount(), item.bookedOn());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
