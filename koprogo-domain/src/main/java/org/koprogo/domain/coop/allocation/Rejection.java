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
 */
public record Rejection(RejectionReason reason, String note) {
  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(note, "note");
  }
}
