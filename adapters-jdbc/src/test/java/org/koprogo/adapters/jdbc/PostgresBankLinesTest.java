/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.BankLinesContract;
import org.koprogo.ports.memory.ManualClock;

/** The bank lines contract on the real PostgreSQL. */
class PostgresBankLinesTest extends BankLinesContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  @Override
  protected Subject fresh(ManualClock clock) {
    return BankLinesTables.fresh(DATABASE, clock);
  }

  @org.junit.jupiter.api.Test
  void bankLinesAreAppendOnlyButForTheErasureOfTheCounterparty() throws java.sql.SQLException {
    BankLinesTables.checkTriggers(DATABASE);
  }
}
