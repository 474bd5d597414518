/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.exchange;

/** offered → accepted → done (both parties confirm), or cancelled before done. */
public enum ExchangeStatus {
  /** Offered or requested, waiting for the other party. */
  OFFERED,
  /** Accepted by the other party. */
  ACCEPTED,
  /** Confirmed by both: the credits moved. */
  DONE,
  /** Cancelled before completion. */
  CANCELLED
}
