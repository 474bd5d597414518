/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.allocation;

import java.util.Objects;

/**
 * A rejection of a proposed allocation.
 *
 * @param note what the managers wrote (no personal data)
 * @param reason why, from the list of reasons
 */
public record Rejection(RejectionReason reason, String note) {
  /**
   * Checks the rejection.
   *
   * @param reason why, from the list of reasons
   * @param note what the managers wrote (no personal data)
   */
  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(note, "note");
  }
}
