/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The connection pool: the embedded H2 file database under {@code data/} by default, or the
 * PostgreSQL named by {@code KOPROGO_JDBC_URL} ({@code KOPROGO_JDBC_USER}, {@code
 * KOPROGO_JDBC_PASSWORD}).
 */
@Factory
final class DatabaseBeans {
  private static final String H2_FILE = "jdbc:h2:file:";

  @Singleton
  @Bean(preDestroy = "close")
  HikariDataSource dataSource(
      @Value("${koprogo.jdbc.url}") String url,
      @Value("${koprogo.jdbc.user:}") String user,
      @Value("${koprogo.jdbc.password:}") String password,
      @Value("${koprogo.jdbc.maximum-pool-size:10}") int maximumPoolSize) {
    createFolderOf(url);
    HikariConfig config = new HikariConfig();
    config.setPoolName("koprogo");
    config.setJdbcUrl(url);
    if (!user.isEmpty()) {
      config.setUsername(user);
    }
    if (!password.isEmpty()) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(maximumPoolSize);
    config.setMinimumIdle(Math.min(2, maximumPoolSize));
    config.setConnectionTimeout(5_000);
    config.setExceptionOverride(new ConnectionEviction());
    return new HikariDataSource(config);
  }

  /** H2 creates the database file but not always its folder: {@code data/} on first start. */
  static void createFolderOf(String url) {
    if (!url.startsWith(H2_FILE)) {
      return;
    }
    String file = url.substring(H2_FILE.length());
    int options = file.indexOf(';');
    if (options >= 0) {
      file = file.substring(0, options);
    }
    Path parent = Paths.get(file).toAbsolutePath().normalize().getParent();
    if (parent == null) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database folder " + parent, e);
    }
  }
}
