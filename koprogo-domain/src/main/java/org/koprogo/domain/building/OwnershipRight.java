/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

/**
 * The right a co-owner holds on a lot.
 *
 * <p>A lot is held either in full ownership (by one owner, or by several in indivision, each
 * with a fraction), or dismembered between bare owners and usufructuaries (each group's
 * fractions adding up to 1).
 */
public enum OwnershipRight {
  /** Full ownership (pleine propriété / volle eigendom). */
  FULL,
  /** Bare ownership (nue-propriété / blote eigendom). */
  BARE,
  /** Usufruct (usufruit / vruchtgebruik). */
  USUFRUCT
}
