/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.AssociationBooksContract;
import org.koprogo.ports.memory.ManualClock;

/** The association books contract on the real PostgreSQL, in a schema of its own. */
class PostgresAssociationBooksTest extends AssociationBooksContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  @Override
  protected Books freshBooks(ManualClock clock) {
    return BooksTables.fresh(DATABASE, clock);
  }
}
