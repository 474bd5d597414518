/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Multi-row inserts on PostgreSQL. */
class PostgresMultiRowInsertTest extends MultiRowInsertContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  @Override
  DataSource dataSource() {
    return DATABASE.dataSource();
  }
}
