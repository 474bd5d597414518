/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.host.security.Caller;
import org.koprogo.ports.out.InboxMessage;
import org.koprogo.ports.out.Inboxes;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * The caller's in-app inbox: the notices delivered to the person they are (the member or owner
 * their token names, else their user name), newest first, a page at a time. Nobody reads another
 * person's inbox: the organisation and the recipient come from the token, never from the request.
 */
@Controller("/api/v1/inbox")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public final class InboxController {
  /** A page's size when the request names none. */
  static final int DEFAULT_LIMIT = 50;
  /** The largest page a request may ask for. */
  static final int MAX_LIMIT = 200;

  private final Inboxes inboxes;

  InboxController(Inboxes inboxes) {
    this.inboxes = inboxes;
  }

  /**
   * A notice in the inbox.
   *
   * @param id the outbox message's id
   * @param channel {@code in-app} (the cooperative) or {@code community}
   * @param kind the template ({@code LOT_ALLOCATION_PROPOSED}, {@code community_return_reminder}...)
   * @param payload the notice's facts (JSON text)
   * @param deliveredAt when it arrived (ISO instant)
   */
  public record InboxMessageView(String id, String channel, String kind, String payload, String deliveredAt) {}

  /**
   * A page of the inbox, newest first.
   *
   * @param messages at most {@code limit} notices
   * @param next the cursor of the next page ({@code after=}), null on the last page
   */
  public record InboxPage(List<InboxMessageView> messages, @Nullable String next) {}

  @Get
  @Operation(summary = "The caller's in-app notices (cooperative notices, community reminders), newest first,"
      + " at most limit (1 to 200, default 50) after the cursor of the previous page")
  public InboxPage inbox(Authentication authentication, @Nullable @QueryValue Integer limit,
      @Nullable @QueryValue String after) {
    Caller caller = Caller.of(authentication);
    String person = caller.subject() == null ? caller.username() : caller.subject();
    int n = limit == null ? DEFAULT_LIMIT : limit;
    if (n < 1 || n > MAX_LIMIT) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "limit " + n + " is not between 1 and " + MAX_LIMIT,
          "field", "limit", "value", String.valueOf(n));
    }
    Optional<Inboxes.Position> from = after == null || after.isEmpty() ? Optional.empty() : Optional.of(decode(after));
    // one more than asked: whether a next page exists, without an empty last page
    List<InboxMessage> found = inboxes.page(OrganisationId.of(caller.organisation()), person, from, n + 1);
    List<InboxMessage> page = found.subList(0, Math.min(n, found.size()));
    String next = found.size() > n ? encode(page.get(n - 1).position()) : null;
    return new InboxPage(page.stream()
        .map(m -> new InboxMessageView(m.id().value(), m.channel(), m.kind(), m.payload(), m.deliveredAt().toString()))
        .toList(), next);
  }

  /** The cursor of a position: opaque to clients (base64url of the delivery time and the id). */
  static String encode(Inboxes.Position position) {
    String plain = position.deliveredAt().getEpochSecond() + "." + position.deliveredAt().getNano() + "."
        + position.id().value();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static Inboxes.Position decode(String cursor) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.", 3);
      if (parts.length == 3 && !parts[2].isBlank()) {
        return new Inboxes.Position(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
            OutboxMessageId.of(parts[2]));
      }
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      // refused below: a cursor this host did not give
    }
    throw KoproGoException.of(ErrorCode.INVALID_FIELD, "'" + cursor + "' is not a cursor of this inbox",
        "field", "after", "value", cursor);
  }
}
