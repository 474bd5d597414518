/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.bazaar;

/** available → reserved → handed over; withdrawn; expired when its time is up. */
public enum BazaarStatus {
  AVAILABLE,
  RESERVED,
  HANDED_OVER,
  WITHDRAWN,
  EXPIRED
}
