/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.database;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the pool which failures mean the connection itself is no longer usable, so that it is
 * closed instead of handed out again: SQLSTATE {@code 25006} (read-only transaction: the
 * connection is on a server that became a standby, or on a session set read-only), class {@code
 * 08} (connection exception) and {@code 57P01}-{@code 57P03} (the server shuts down or cannot
 * connect now). Without it, a database that was read-only for a while kept failing writes on the
 * pool's old connections for 28 minutes after it was writable again (issue 20, finding 14).
 */
public final class ConnectionEviction implements SQLExceptionOverride {
  @java.lang.Override
  public Override adjudicate(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && mustEvict(sql.getSQLState())) {
        return Override.MUST_EVICT;
      }
    }
    return Override.CONTINUE_EVICT;
  }

  /** True for the SQLSTATEs after which a connection is closed. */
  static boolean mustEvict(String state) {
    return state != null && (state.equals("25006") || state.startsWith("08")
        || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
  }
}
