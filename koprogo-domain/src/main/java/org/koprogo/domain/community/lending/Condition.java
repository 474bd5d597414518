/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.lending;

/** The state of a lent object, noted at handover and at return. */
public enum Condition {
  /** New. */
  NEW,
  /** In good condition. */
  GOOD,
  /** In fair condition. */
  FAIR,
  /** Worn. */
  WORN,
  /** Damaged. */
  DAMAGED
}
