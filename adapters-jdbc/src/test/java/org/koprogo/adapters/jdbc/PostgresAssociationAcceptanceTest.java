/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.AssociationAcceptanceContract;
import org.koprogo.ports.contract.AssociationBooksContract.Books;
import org.koprogo.ports.memory.ManualClock;

class PostgresAssociationAcceptanceTest extends AssociationAcceptanceContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  @Override
  protected Books freshBooks(ManualClock clock) {
    return BooksTables.fresh(DATABASE, clock);
  }
}
