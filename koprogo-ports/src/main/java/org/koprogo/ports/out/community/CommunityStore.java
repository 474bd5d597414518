/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.community;

import java.util.Objects;
import org.koprogo.ports.out.Transactions;

/**
 * The out ports of the community modules, next to an adapter's {@link
 * org.koprogo.ports.out.OutPorts}: the store and the transactions its changes join. The
 * transactions are the adapter's own (the JDBC adapter's, the in-memory store's), so a module
 * switch and its audit entry are committed together or not at all.
 *
 * @param buildings each building's community aggregate
 * @param transactions units of work spanning these and the adapter's other ports
 */
public record CommunityStore(CommunityBuildings buildings, Transactions transactions) {
  /**
   * Checks that every part is given.
   *
   * @param buildings each building's community aggregate
   * @param transactions units of work spanning these and the adapter's other ports
   */
  public CommunityStore {
    Objects.requireNonNull(buildings, "buildings");
    Objects.requireNonNull(transactions, "transactions");
  }
}
