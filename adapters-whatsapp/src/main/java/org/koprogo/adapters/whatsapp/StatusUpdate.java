/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.notification.DeliveryStatus;

/**
 * One entry of a status webhook's {@code entry[].changes[].value.statuses[]}.
 *
 * @param wamid {@code id}: the message id the send answer gave, never null
 * @param status {@code status}: sent, delivered, read or failed, never null
 * @param timestamp {@code timestamp} (Unix seconds), never null
 * @param recipientId {@code recipient_id}, never null
 * @param callbackData {@code biz_opaque_callback_data}: the outbox row id, when we set one
 * @param errors {@code errors[]} (on failed), never null
 */
public record StatusUpdate(
    String wamid,
    DeliveryStatus status,
    Instant timestamp,
    String recipientId,
    Optional<String> callbackData,
    List<CloudApiError> errors) {
  public StatusUpdate {
    Objects.requireNonNull(wamid, "wamid");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(callbackData, "callbackData");
    errors = List.copyOf(errors);
  }

  /** The reason of a failure: the first error's code, title and details. */
  public String failureReason() {
    return errors.isEmpty() ? "whatsapp status failed without an error" : errors.get(0).reason();
  }
}
