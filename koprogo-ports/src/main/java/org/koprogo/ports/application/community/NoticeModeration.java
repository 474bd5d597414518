/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.notices.Notice;
import org.koprogo.domain.community.notices.NoticeBoard;
import org.koprogo.domain.community.notices.NoticeKind;
import org.koprogo.ports.application.Pages;
import org.koprogo.ports.application.community.CommunityWork.Outcome;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.KeepNoticeBoard;
import org.koprogo.ports.out.AuditEvent;

/** {@link KeepNoticeBoard} on the building's stored board; a hidden notice is an audit entry. */
final class NoticeModeration implements KeepNoticeBoard {
  private final CommunityWork work;

  NoticeModeration(CommunityWork work) {
    this.work = work;
  }

  @Override
  public Notice post(NewNotice command) {
    work.validation.check(command);
    return work.change(command.organisation(), command.building(), current -> {
      NoticeBoard board = current.noticeBoard();
      Notice notice =
          board.post(
              command.notice(), NeighbourId.of(command.author()), NoticeKind.valueOf(command.kind()), command.title(),
              command.body(), work.ports.clock().now(), command.expiresAt());
      return new Outcome<>(current.with(board), notice);
    });
  }

  @Override
  public Notice hide(Hiding command) {
    work.validation.check(command);
    return work.change(command.organisation(), command.building(), current -> {
      NoticeBoard board = current.noticeBoard();
      Notice hidden = board.hide(command.notice(), NeighbourId.of(command.by()), command.reason());
      work.ports.auditTrail().append(
          current.organisation(),
          new AuditEvent(
              work.ports.clock().now(), command.by(), "NoticeHidden", "notice", hidden.id(),
              Map.of("building", current.building().value(), "reason", command.reason())));
      return new Outcome<>(current.with(board), hidden);
    });
  }

  @Override
  public List<Notice> visible(Listing query) {
    work.validation.check(query);
    return work.read(new CommunityRef(query.organisation(), query.building()))
        .noticeBoard()
        .visible(work.ports.clock().now(), query.kind() == null ? null : NoticeKind.valueOf(query.kind()));
  }

  @Override
  public List<Notice> visible(Listing query, Integer limit, String after) {
    work.validation.check(query);
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a notice id", id -> id);
    Optional<NoticeKind> kind = Optional.ofNullable(query.kind()).map(NoticeKind::valueOf);
    Instant now = work.ports.clock().now();
    return work.page(new CommunityRef(query.organisation(), query.building()), CommunityModule.NOTICE_BOARD,
        (organisation, building) -> work.store.buildings().visibleNotices(organisation, building, now, kind, from, n));
  }
}
