/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import java.time.Instant;
import java.util.List;

/**
 * Use case: an organisation's undeliverable messages (dead letters): see them without their
 * recipient, and make one pending again once its cause is fixed.
 */
public interface KeepDeadLetters {

  /**
   * The first dead letters, oldest first; a host answering requests reads {@link
   * #deadLetters(String, Integer, String) a page}, which refuses a limit out of bounds.
   *
   * @param organisation the tenant
   * @param limit at most this many, brought within 1 to 1000; null for 100
   * @return the dead letters
   */
  List<DeadLetter> deadLetters(String organisation, Integer limit);

  /**
   * A page of the dead letters, oldest first (by creation, then id): at most {@code limit} after
   * the dead letter {@code after} (the last of the previous page; none follow one that is no
   * longer a dead letter, replayed meanwhile). The cost follows the page.
   *
   * @param organisation the tenant
   * @param limit 1 to 1000; null for 100
   * @param after the id of the last dead letter of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code limit}
   *     (out of bounds) or {@code after} (blank or longer than 100 characters)
   */
  List<DeadLetter> deadLetters(String organisation, Integer limit, String after);

  /**
   * Makes a dead letter pending again (its attempts reset), for the relay to deliver.
   *
   * @param organisation the tenant
   * @param message the message's id
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} when no dead letter of
   *     the organisation has this id
   */
  void replay(String organisation, String message);

  /**
   * A message that could not be delivered; the recipient is not shown.
   *
   * @param id the message's id
   * @param kind what kind of message
   * @param entity what it is about
   * @param event which event caused it
   * @param channel how it was to leave
   * @param attempts how many times it was tried
   * @param createdAt when it was queued
   * @param lastError the last failure's reason, or null
   */
  record DeadLetter(
      String id, String kind, String entity, String event, String channel, int attempts,
      Instant createdAt, String lastError) {}
}
