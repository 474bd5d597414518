/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Gauges of the transactional outbox, over every organisation: {@code koprogo.outbox.depth}
 * (messages waiting: PENDING or CLAIMED) and {@code koprogo.outbox.dead.letters} (DEAD). Read
 * from the database at each scrape, so every instance reports the shared figures.
 */
@Singleton
final class OutboxMetrics implements MeterBinder {
  private final DataSource dataSource;

  OutboxMetrics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("koprogo.outbox.depth", this, m -> m.count("'PENDING', 'CLAIMED'"))
        .description("Outbox messages waiting to be delivered")
        .register(registry);
    Gauge.builder("koprogo.outbox.dead.letters", this, m -> m.count("'DEAD'"))
        .description("Outbox messages that could not be delivered")
        .register(registry);
  }

  private double count(String statuses) {
    String sql = "SELECT COUNT(*) FROM outbox_messages WHERE status IN (" + statuses + ")";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getLong(1) : Double.NaN;
    } catch (SQLException e) {
      return Double.NaN;
    }
  }
}
