/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.notices;

/** What a notice is about. */
public enum NoticeKind {
  /** An announcement of the syndic or the council. */
  ANNOUNCEMENT,
  /** An event in the building. */
  EVENT,
  /** Something lost or found. */
  LOST_AND_FOUND,
  /** A small ad. */
  CLASSIFIED_AD,
  /** Car pooling. */
  CAR_POOLING,
  /** Childcare between neighbours. */
  CHILDCARE
}
