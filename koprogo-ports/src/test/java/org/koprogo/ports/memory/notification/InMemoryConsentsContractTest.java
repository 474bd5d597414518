/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory.notification;

import java.util.HashMap;
import java.util.Map;
import org.koprogo.ports.contract.notification.ConsentsContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.InMemoryConsents;

/** In memory, an organisation's register is an instance of its own. */
class InMemoryConsentsContractTest extends ConsentsContract {
  private final Map<OrganisationId, Consents> registers = new HashMap<>();

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    registers.clear();
    return new MemoryDatabase(clock).ports();
  }

  @Override
  protected Consents consentsOf(OrganisationId organisation) {
    return registers.computeIfAbsent(organisation, o -> new InMemoryConsents());
  }
}
