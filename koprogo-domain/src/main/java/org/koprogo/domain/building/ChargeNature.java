/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

/**
 * Whether a charge is ordinary (upkeep, running costs) or extraordinary (major repairs, works).
 *
 * <p>It decides who pays for a dismembered lot: old Civil Code art. 605 and 606 (taken over by
 * Book 3 on property law): the usufructuary bears maintenance and ordinary charges, the bare
 * owner the major repairs. Between the parties, the deed may say otherwise; the association of
 * co-owners may hold either liable.
 */
public enum ChargeNature {
  /** Ordinary charges: upkeep, running costs, calls for the working capital. */
  ORDINARY,
  /** Extraordinary charges: major repairs, works, calls for the reserve fund. */
  EXTRAORDINARY
}
