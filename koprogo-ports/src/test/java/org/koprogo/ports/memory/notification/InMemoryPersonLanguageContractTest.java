/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory.notification;

import org.koprogo.ports.contract.notification.PersonLanguageContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.ChannelPreferences;
import org.koprogo.ports.out.notification.InMemoryChannelPreferences;

class InMemoryPersonLanguageContractTest extends PersonLanguageContract {
  private ChannelPreferences preferences;

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    preferences = new InMemoryChannelPreferences();
    return new MemoryDatabase(clock).ports();
  }

  @Override
  protected ChannelPreferences preferences() {
    return preferences;
  }
}
