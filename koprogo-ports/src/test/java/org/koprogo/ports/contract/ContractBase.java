/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import org.junit.jupiter.api.BeforeEach;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;

/** The base of every port contract: fresh ports and a manual clock before each test. */
public abstract class ContractBase implements PortsUnderTest {
  protected ManualClock clock;
  protected OutPorts ports;

  @BeforeEach
  void freshStore() {
    clock = ManualClock.at(PortsFixtures.T0);
    ports = freshPorts(clock);
  }
}
