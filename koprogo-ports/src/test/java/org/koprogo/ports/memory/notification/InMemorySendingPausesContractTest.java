/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory.notification;

import org.koprogo.ports.contract.notification.SendingPausesContract;
import org.koprogo.ports.out.notification.InMemorySendingPauses;
import org.koprogo.ports.out.notification.SendingPauses;

class InMemorySendingPausesContractTest extends SendingPausesContract {
  private InMemorySendingPauses shared;

  @Override
  protected SendingPauses freshPauses() {
    shared = new InMemorySendingPauses();
    return shared;
  }

  @Override
  protected SendingPauses otherInstance() {
    return shared;
  }
}
