/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.bazaar;

/** What the bazaar offer proposes. */
public enum OfferKind {
  /** Given away for free. */
  GIFT,
  /** Against something else. */
  SWAP
}
