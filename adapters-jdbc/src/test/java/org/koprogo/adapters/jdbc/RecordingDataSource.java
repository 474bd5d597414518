/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that remembers the last connection it gave each thread (to find its backend). */
final class RecordingDataSource implements DataSource {
  private final DataSource delegate;
  private final ThreadLocal<Connection> last = new ThreadLocal<>();

  RecordingDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** The PostgreSQL backend pid of the connection this thread was given last. */
  int backendPid() throws SQLException {
    try (Statement s = last.get().createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = delegate.getConnection();
    last.set(c);
    return c;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Connection c = delegate.getConnection(username, password);
    last.set(c);
    return c;
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return delegate.isWrapperFor(iface);
  }
}
