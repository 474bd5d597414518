/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.Owners;

/** {@link Owners} in memory (see {@link MemoryDatabase}). */
public final class InMemoryOwners extends InMemoryAggregates<OwnerId, Owner> implements Owners {
  InMemoryOwners(MemoryDatabase db) {
    super(db, "owner", Owner::organisation, Owner::id, Owner::version, Owner::withVersion);
  }
}
