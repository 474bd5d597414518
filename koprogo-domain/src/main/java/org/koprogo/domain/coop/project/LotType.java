/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.project;

/** What a lot of the project is. */
public enum LotType {
  /** A studio. */
  STUDIO,
  /** An apartment on one floor. */
  APARTMENT,
  /** An apartment on two floors. */
  DUPLEX,
  /** A house. */
  HOUSE,
  /** Premises for a business. */
  COMMERCIAL,
  /** A parking space. */
  PARKING,
  /** A storage room or cellar. */
  STORAGE
}
