/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.ports.contract.BankLinesContract;

class InMemoryBankLinesContractTest extends BankLinesContract {
  @Override
  protected Subject fresh(ManualClock clock) {
    MemoryDatabase db = new MemoryDatabase(clock);
    InMemoryBankLines lines = new InMemoryBankLines(db);
    return new Subject(db.ports().withPersonalData(lines), lines);
  }
}
