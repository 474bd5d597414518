/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.notices;

/** What a notice is about. */
public enum NoticeKind {
  ANNOUNCEMENT,
  EVENT,
  LOST_AND_FOUND,
  CLASSIFIED_AD,
  CAR_POOLING,
  CHILDCARE
}
