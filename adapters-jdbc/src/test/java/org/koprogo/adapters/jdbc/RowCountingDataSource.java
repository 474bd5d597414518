/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A data source that counts the rows its result sets hand to the adapter: the test of "a read
 * costs in proportion to what it returns", independent of timing and of the machine's load.
 */
final class RowCountingDataSource {
  private final AtomicLong rows = new AtomicLong();
  private final DataSource proxy;

  RowCountingDataSource(DataSource delegate) {
    this.proxy = wrap(DataSource.class, delegate);
  }

  DataSource dataSource() {
    return proxy;
  }

  /** Rows read since the last call, and starts counting again. */
  long rowsReadAndReset() {
    return rows.getAndSet(0);
  }

  @SuppressWarnings("unchecked")
  private <T> T wrap(Class<T> type, T target) {
    InvocationHandler handler =
        (self, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (target instanceof ResultSet && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
            rows.incrementAndGet();
          }
          if (result instanceof ResultSet rs) {
            return wrap(ResultSet.class, rs);
          }
          if (result instanceof java.sql.PreparedStatement ps) {
            return wrap(java.sql.PreparedStatement.class, ps);
          }
          if (result instanceof Statement s && !(result instanceof java.sql.PreparedStatement)) {
            return wrap(Statement.class, s);
          }
          if (result instanceof Connection c) {
            return wrap(Connection.class, c);
          }
          return result;
        };
    return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }
}
