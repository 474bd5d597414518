/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/**
 * What the head count of the quorum counts (Civil Code art. 3.87 §5 speaks of "co-owners"). The
 * library counts owners by default; some practitioners count lots, which is an option of {@link
 * BelgianCoOwnershipRules}.
 */
public enum HeadCount {
  /** One head per owner, whatever the number of lots they hold (the default). */
  OWNERS,
  /** One head per lot: an owner of three lots counts three times. */
  LOTS
}
