/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;

/**
 * What a port contract runs against: a fresh, empty store (no row of any organisation) whose
 * time is {@code clock}. Implemented once per adapter (in memory, PostgreSQL, H2).
 */
public interface PortsUnderTest {
  /** Empty ports reading {@code clock}. */
  OutPorts freshPorts(ManualClock clock);
}
