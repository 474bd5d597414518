/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community;

/** The optional community modules a building's council can switch on. */
public enum CommunityModule {
  /** Local exchange of services against time credits (time bank, SEL / LETS). */
  LOCAL_EXCHANGE,
  /** Lending objects between neighbours. */
  OBJECT_LENDING,
  /** Swap and donation bazaar. */
  SWAP_BAZAAR,
  /** Who can do what, with consent. */
  SKILLS_DIRECTORY,
  /** Announcements, events, lost and found, ads, car-pooling, childcare. */
  NOTICE_BOARD
}
