/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Objects;
import org.koprogo.domain.building.OwnerId;

/**
 * A proxy the assembly refused: its principal counts as absent.
 *
 * @param owner the principal
 * @param holder the refused holder
 * @param reason why
 */
public record RejectedProxy(OwnerId owner, HolderId holder, ProxyRefusal reason) {
  /**
   * Checks that every part is given.
   *
   * @param owner the principal
   * @param holder the refused holder
   * @param reason why
   */
  public RejectedProxy {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(reason, "reason");
  }
}
