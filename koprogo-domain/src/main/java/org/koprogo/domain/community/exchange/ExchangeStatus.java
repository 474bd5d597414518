/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.exchange;

/** offered → accepted → done (both parties confirm), or cancelled before done. */
public enum ExchangeStatus {
  OFFERED,
  ACCEPTED,
  DONE,
  CANCELLED
}
