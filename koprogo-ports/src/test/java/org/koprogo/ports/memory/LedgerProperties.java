/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.out.Ledger;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.MemberId;

/** Whatever the retries, the ledger holds one entry per key: the first one, in first-recorded order. */
class LedgerProperties {

  @Test
  void oneEntryPerKeyTheFirstOne() {
    qt().forAll(lists().of(integers().between(0, 999)).ofSizeBetween(1, 60))
        .checkAssert(requests -> {
          Ledger ledger = new MemoryDatabase(ManualClock.at(PortsFixtures.T0)).ledger();
          Map<String, LedgerEntry> first = new LinkedHashMap<>();

          for (int i = 0; i < requests.size(); i++) {
            String key = "k" + requests.get(i) % 12;
            LedgerEntry attempt = PortsFixtures.declaration(PortsFixtures.ACME, "E" + i, "M1", 100 + requests.get(i), key);
            Ledger.Recorded r = ledger.record(attempt);
            first.putIfAbsent(key, attempt);
            assertThat(r.entry()).isEqualTo(first.get(key));
            assertThat(r.duplicate()).isEqualTo(r.entry() != attempt);
          }

          List<LedgerEntry> entries = ledger.entriesOf(PortsFixtures.ACME, MemberId.of("M1"));
          assertThat(entries).containsExactlyElementsOf(first.values());
        });
  }
}
