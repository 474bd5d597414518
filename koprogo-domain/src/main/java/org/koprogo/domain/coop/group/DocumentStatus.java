/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

/** Where a member's document stands. */
public enum DocumentStatus {
  SUBMITTED,
  ACCEPTED,
  REJECTED
}
