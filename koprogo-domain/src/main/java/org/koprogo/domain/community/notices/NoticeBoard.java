/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.notices;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A building's notice board: announcements, events, lost and found, classified ads, car-pooling,
 * childcare, each with an expiry; moderated by the council, who may hide a notice with a reason
 * (kept). Refuses everything with {@code MODULE_DISABLED} while {@link
 * CommunityModule#NOTICE_BOARD} is off.
 */
public final class NoticeBoard {
  private final CommunitySettings settings;
  private final Map<String, Notice> notices = new LinkedHashMap<>();

  /**
   * An empty board.
   *
   * @param settings the building's community settings
   */
  public NoticeBoard(CommunitySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * A board as stored: its notices in posting order.
   *
   * @param settings the building's community settings
   * @param notices the stored notices
   * @return the board
   */
  public static NoticeBoard restore(CommunitySettings settings, List<Notice> notices) {
    NoticeBoard board = new NoticeBoard(settings);
    notices.forEach(n -> board.notices.put(n.id(), n));
    return board;
  }

  /**
   * Posts a notice.
   *
   * @param id the notice's id
   * @param author who posts it
   * @param kind what kind of notice
   * @param title its title
   * @param body its text
   * @param at when it is posted
   * @param expiresAt when it expires
   * @return the notice
   * @throws KoproGoException {@code MODULE_DISABLED} when the board is off, {@code
   *     ILLEGAL_TRANSITION} for an id already used, {@code INVALID_EXPIRY} for an expiry not after
   *     the posting
   */
  public Notice post(String id, NeighbourId author, NoticeKind kind, String title, String body, Instant at, Instant expiresAt) {
    settings.require(CommunityModule.NOTICE_BOARD);
    if (notices.containsKey(id)) {
      throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION, "notice " + id + " already exists", "value", id);
    }
    Notice n = new Notice(id, author, kind, title, body, at, expiresAt, null, null);
    notices.put(id, n);
    return n;
  }

  /**
   * A council member hides a notice; the reason is kept.
   *
   * @param id the notice's id
   * @param by the council member
   * @param reason why
   * @return the notice, hidden
   * @throws KoproGoException {@code NOT_COUNCIL_MEMBER}, {@code MISSING_FIELD} (no reason)
   */
  public Notice hide(String id, NeighbourId by, String reason) {
    settings.require(CommunityModule.NOTICE_BOARD);
    settings.requireCouncil(by);
    if (reason == null || reason.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, "hiding a notice needs a reason", "field", "reason");
    }
    Notice n = notices.get(id);
    if (n == null) {
      throw KoproGoException.of(ErrorCode.NOT_FOUND, "no notice " + id, "value", id);
    }
    Notice hidden = new Notice(n.id(), n.author(), n.kind(), n.title(), n.body(), n.postedAt(), n.expiresAt(), by, reason);
    notices.put(id, hidden);
    return hidden;
  }

  /**
   * The notices shown at {@code at}, optionally of one kind (null for all).
   *
   * @param at an instant
   * @param kind a kind, or null for all
   * @return the notices shown
   * @throws KoproGoException {@code MODULE_DISABLED} when the board is off
   */
  public List<Notice> visible(Instant at, NoticeKind kind) {
    settings.require(CommunityModule.NOTICE_BOARD);
    return notices.values().stream()
        .filter(n -> n.visibleAt(at))
        .filter(n -> kind == null || n.kind() == kind)
        .toList();
  }

  /**
   * Every notice, hidden and expired ones included (for the council).
   *
   * @return the notices
   */
  public List<Notice> all() {
    return List.copyOf(notices.values());
  }
}
