/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.bazaar;

/** available → reserved → handed over; withdrawn; expired when its time is up. */
public enum BazaarStatus {
  /** Published and free to reserve. */
  AVAILABLE,
  /** Reserved by a neighbour. */
  RESERVED,
  /** Handed over to whoever reserved it. */
  HANDED_OVER,
  /** Withdrawn by its owner. */
  WITHDRAWN,
  /** Past its expiry without being handed over or withdrawn. */
  EXPIRED
}
