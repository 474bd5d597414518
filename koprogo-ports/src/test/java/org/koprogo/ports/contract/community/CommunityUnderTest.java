/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract.community;

import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.community.CommunityStore;

/** What the community contract runs against: fresh, empty ports and community store of one adapter. */
public interface CommunityUnderTest {

  /**
   * The adapter's ports and its community store, sharing transactions.
   *
   * @param ports the adapter's out ports
   * @param community its community store
   */
  record Stores(OutPorts ports, CommunityStore community) {}

  /** Empty stores reading {@code clock}. */
  Stores freshStores(ManualClock clock);
}
