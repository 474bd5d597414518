/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.project;

/** What a lot of the project is. */
public enum LotType {
  STUDIO,
  APARTMENT,
  DUPLEX,
  HOUSE,
  COMMERCIAL,
  PARKING,
  STORAGE
}
