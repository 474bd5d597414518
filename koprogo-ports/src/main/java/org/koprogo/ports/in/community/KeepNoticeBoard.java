/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.community;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.koprogo.domain.community.notices.Notice;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * A building's notice board: post (with an expiry), list what is shown now, hide by the council
 * with a reason (kept, and appended to the audit trail as {@code NoticeHidden}).
 *
 * <p>Refusals: {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code NOT_COUNCIL_MEMBER}, {@code
 * INVALID_EXPIRY}, {@code MISSING_FIELD}, {@code VALIDATION_FAILED}.
 */
public interface KeepNoticeBoard {

  /**
   * Posts a notice on the building's board.
   *
   * @param command the notice
   * @return the notice posted
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code INVALID_EXPIRY}, {@code ILLEGAL_TRANSITION} (an id already used), {@code
   *     VALIDATION_FAILED}
   */
  Notice post(NewNotice command);

  /**
   * A council member hides a notice, with the reason.
   *
   * @param command the notice and the reason
   * @return the notice, hidden
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code NOT_COUNCIL_MEMBER}, {@code MISSING_FIELD}, {@code VALIDATION_FAILED}
   */
  Notice hide(Hiding command);

  /**
   * The notices shown now, of one kind or all, in posting order, at once (for batch work); a host
   * answering requests reads {@link #visible(Listing, Integer, String) a page}.
   *
   * @param query the building and the kind, or all
   * @return the notices
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code VALIDATION_FAILED}
   */
  List<Notice> visible(Listing query);

  /**
   * A page of the notices shown now, of one kind or all, in posting order: at most {@code limit}
   * of that list after the notice {@code after} (the last of the previous page, which need not be
   * shown any more). The cost follows the notices not yet expired, not every notice ever posted.
   *
   * @param query the building and the kind, or all
   * @param limit 1 to 1000; null for 100
   * @param after the last notice of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code VALIDATION_FAILED}, {@code INVALID_FIELD} naming {@code limit} (out of bounds) or
   *     {@code after} (blank or longer than 100 characters)
   */
  List<Notice> visible(Listing query, Integer limit, String after);

  /**
   * A notice.
   *
   * @param organisation the tenant
   * @param building the building
   * @param notice its id
   * @param author who posts it
   * @param kind ANNOUNCEMENT, EVENT, LOST_AND_FOUND, CLASSIFIED_AD, CAR_POOLING or CHILDCARE
   * @param title its title
   * @param body its text
   * @param expiresAt when it stops being shown (after now)
   */
  record NewNotice(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank String notice,
      @NotBlank String author,
      @NotNull @Pattern(regexp = "ANNOUNCEMENT|EVENT|LOST_AND_FOUND|CLASSIFIED_AD|CAR_POOLING|CHILDCARE") String kind,
      @NotBlank String title,
      @NotNull String body,
      @NotNull Instant expiresAt) {}

  /**
   * A council member hides a notice.
   *
   * @param organisation the tenant
   * @param building the building
   * @param notice the notice
   * @param by the council member
   * @param reason why (kept)
   */
  record Hiding(
      @NotBlank String organisation, @NotBlank String building, @NotBlank String notice, @NotBlank String by,
      @NotBlank String reason) {}

  /**
   * A listing.
   *
   * @param organisation the tenant
   * @param building the building
   * @param kind one kind, or null for all
   */
  record Listing(
      @NotBlank String organisation,
      @NotBlank String building,
      @Pattern(regexp = "ANNOUNCEMENT|EVENT|LOST_AND_FOUND|CLASSIFIED_AD|CAR_POOLING|CHILDCARE") String kind) {}

  // --- the commands as a client sends them, with the defaults a host would otherwise apply ---

  /**
   * A notice shown until {@code expiresAt}, as a client sends it.
   *
   * @param id the notice's id, or null for a new one
   * @param kind ANNOUNCEMENT, EVENT, LOST_AND_FOUND, CLASSIFIED_AD, CAR_POOLING or CHILDCARE
   * @param title its title
   * @param body its text, or null for none
   * @param expiresAt when it stops being shown (after now)
   */
  record Posting(@Nullable String id, String kind, String title, @Nullable String body, Instant expiresAt) {}

  /**
   * Posts the notice a client sends ({@link #post(NewNotice)}): a new notice id when it names
   * none, an empty text when it sends none.
   *
   * @param organisation the tenant
   * @param building the building
   * @param author who posts it (the caller)
   * @param posting the notice as the client sends it
   * @return the notice posted
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #post(NewNotice)}
   */
  default Notice post(String organisation, String building, String author, Posting posting) {
    return post(new NewNotice(organisation, building, ClientFields.orNew(posting.id()), author, posting.kind(),
        posting.title(), ClientFields.orEmpty(posting.body()), posting.expiresAt()));
  }

  /**
   * Why the council hides a notice, as a client sends it.
   *
   * @param reason the reason, kept in the audit trail
   */
  record HidingReason(String reason) {}

  /**
   * Hides a notice for the reason a client sends ({@link #hide(Hiding)}).
   *
   * @param organisation the tenant
   * @param building the building
   * @param notice the notice
   * @param by the council member (the caller)
   * @param reason the reason as the client sends it
   * @return the notice, hidden
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #hide(Hiding)}
   */
  default Notice hide(String organisation, String building, String notice, String by, HidingReason reason) {
    return hide(new Hiding(organisation, building, notice, by, reason.reason()));
  }
}
