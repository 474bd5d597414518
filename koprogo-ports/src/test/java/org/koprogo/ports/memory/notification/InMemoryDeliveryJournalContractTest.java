/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory.notification;

import org.koprogo.ports.contract.notification.DeliveryJournalContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.InMemoryDeliveryJournal;

class InMemoryDeliveryJournalContractTest extends DeliveryJournalContract {
  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return new MemoryDatabase(clock).ports();
  }

  @Override
  protected DeliveryJournal journalOn(OutPorts ports) {
    return new InMemoryDeliveryJournal();
  }
}
