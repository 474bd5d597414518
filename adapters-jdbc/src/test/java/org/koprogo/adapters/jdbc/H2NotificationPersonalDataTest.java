/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.adapters.jdbc.notification.JdbcConsents;
import org.koprogo.adapters.jdbc.notification.JdbcDeliveryJournal;
import org.koprogo.adapters.jdbc.notification.JdbcNotificationPersonalData;
import org.koprogo.ports.contract.notification.NotificationPersonalDataContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.DeliveryJournal;

class H2NotificationPersonalDataTest extends NotificationPersonalDataContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  private JdbcStore store;

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    NotificationTables.freshPorts(DATABASE, clock);
    store = NotificationTables.store(DATABASE, clock);
    return store.ports();
  }

  @Override
  protected Consents consentsOf(OrganisationId organisation) {
    return new JdbcConsents(store, organisation);
  }

  @Override
  protected DeliveryJournal journal() {
    return new JdbcDeliveryJournal(store);
  }

  @Override
  protected PersonalDataHolder notificationData() {
    return new JdbcNotificationPersonalData(store);
  }
}
