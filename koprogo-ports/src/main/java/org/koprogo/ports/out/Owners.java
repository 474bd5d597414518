/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.building.OwnerId;

/** The co-owners of each organisation (contract: {@link Aggregates}). */
public interface Owners extends Aggregates<OwnerId, Owner> {
  @Override
  default String kind() {
    return "owner";
  }
}
