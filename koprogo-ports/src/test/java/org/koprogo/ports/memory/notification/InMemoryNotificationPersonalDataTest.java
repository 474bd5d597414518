/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory.notification;

import org.koprogo.ports.contract.notification.NotificationPersonalDataContract;
import org.koprogo.ports.memory.InMemoryNotificationPersonalData;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.InMemoryConsents;
import org.koprogo.ports.out.notification.InMemoryDeliveryJournal;

class InMemoryNotificationPersonalDataTest extends NotificationPersonalDataContract {
  private final java.util.Map<OrganisationId, InMemoryConsents> registers = new java.util.concurrent.ConcurrentHashMap<>();
  private InMemoryDeliveryJournal journal;
  private MemoryDatabase db;

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    registers.clear();
    journal = new InMemoryDeliveryJournal();
    db = new MemoryDatabase(clock);
    return db.ports();
  }

  @Override
  protected Consents consentsOf(OrganisationId organisation) {
    return registers.computeIfAbsent(organisation, o -> new InMemoryConsents());
  }

  @Override
  protected DeliveryJournal journal() {
    return journal;
  }

  @Override
  protected PersonalDataHolder notificationData() {
    return new InMemoryNotificationPersonalData(db, o -> registers.computeIfAbsent(o, x -> new InMemoryConsents()), journal);
  }
}
