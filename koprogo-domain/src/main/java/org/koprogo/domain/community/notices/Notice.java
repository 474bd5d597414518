/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.notices;

import java.time.Instant;
import java.util.Objects;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A notice on a building's board, shown until it expires, unless the council hid it (the reason
 * and who hid it are kept).
 *
 * @param id its id
 * @param author who posted it
 * @param kind what it is about
 * @param title its title
 * @param body its text
 * @param postedAt when it was posted
 * @param expiresAt when it stops being shown (after {@code postedAt})
 * @param hiddenBy the council member who hid it, or null
 * @param hiddenReason why, or null
 */
public record Notice(
    String id, NeighbourId author, NoticeKind kind, String title, String body, Instant postedAt,
    Instant expiresAt, NeighbourId hiddenBy, String hiddenReason) {
  /**
   * Checks the notice.
   *
   * @param id its id
   * @param author who posted it
   * @param kind what it is about
   * @param title its title
   * @param body its text
   * @param postedAt when it was posted
   * @param expiresAt when it stops being shown (after {@code postedAt})
   * @param hiddenBy the council member who hid it, or null
   * @param hiddenReason why, or null
   * @throws KoproGoException {@code INVALID_EXPIRY} for an expiry that is not after the posting
   */
  public Notice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(postedAt, "postedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(postedAt)) {
      throw KoproGoException.of(ErrorCode.INVALID_EXPIRY, "notice " + id + " must expire after it is posted", "value", expiresAt.toString());
    }
  }

  /**
   * True when a council member hid the notice.
   *
   * @return whether it is hidden
   */
  public boolean hidden() {
    return hiddenBy != null;
  }

  /**
   * Shown at {@code at}: posted, not expired, not hidden.
   *
   * @param at an instant
   * @return whether it is shown then
   */
  public boolean visibleAt(Instant at) {
    return !hidden() && !at.isBefore(postedAt) && at.isBefore(expiresAt);
  }
}
