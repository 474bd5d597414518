/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.util.Objects;
import java.util.Set;

/**
 * An error the Cloud API answered with (the Graph API {@code error} object), or reported in a
 * status webhook ({@code errors[]}).
 *
 * @param httpStatus the HTTP status of the answer ({@code 0} for a webhook error)
 * @param code {@code error.code}, or {@code -1} when the body held no error object
 * @param subcode {@code error.error_subcode}, or {@code -1}
 * @param message {@code error.message} (or a webhook error's {@code title}), never null
 * @param details {@code error.error_data.details}, never null (empty when absent)
 * @param fbtraceId {@code error.fbtrace_id}, never null (empty when absent), for Meta's support
 */
public record CloudApiError(int httpStatus, int code, int subcode, String message, String details, String fbtraceId) {
  /** Authentication and permission: stop sending, alert someone. */
  private static final Set<Integer> AUTHENTICATION = Set.of(0, 190, 10, 200);
  /** Throughput limits of the sending number or the app: retry later, whole number slows down. */
  private static final Set<Integer> THROUGHPUT = Set.of(130429, 4, 80007, 131048);
  /** Meta-side trouble: retry. */
  private static final Set<Integer> TRANSIENT = Set.of(1, 2, 131000, 131016, 133004);

  public CloudApiError {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(fbtraceId, "fbtraceId");
  }

  /** What to do about this error, keyed on its code first, then on the HTTP status. */
  public Disposition disposition() {
    if (AUTHENTICATION.contains(code)) {
      return Disposition.STOP_SENDING;
    }
    if (code == 131056) {
      return Disposition.RECIPIENT_RATE_LIMITED;
    }
    if (THROUGHPUT.contains(code)) {
      return Disposition.RATE_LIMITED;
    }
    if (TRANSIENT.contains(code) || httpStatus >= 500) {
      return Disposition.RETRY;
    }
    if (httpStatus == 429) {
      return Disposition.RATE_LIMITED;
    }
    if (httpStatus == 401) {
      return Disposition.STOP_SENDING;
    }
    return Disposition.PERMANENT;
  }

  /** The reason written on a dead letter: code, message and details. */
  public String reason() {
    StringBuilder reason = new StringBuilder("whatsapp error ").append(code);
    if (!message.isEmpty()) {
      reason.append(": ").append(message);
    }
    if (!details.isEmpty()) {
      reason.append(" (").append(details).append(')');
    }
    if (!fbtraceId.isEmpty()) {
      reason.append(" [fbtrace_id ").append(fbtraceId).append(']');
    }
    return reason.toString();
  }

  /** The consequence of an error for the message and the sender. */
  public enum Disposition {
    /**
     * 130429 (and Graph's 4, 80007, 131048; any other HTTP 429): the sending number is over its
     * throughput; retry later with backoff and slow the number down.
     */
    RATE_LIMITED,
    /** 131056: too many messages to this one recipient; retry this message later. */
    RECIPIENT_RATE_LIMITED,
    /**
     * 131026 undeliverable, 132000 and 132001 template errors, and any other 4xx: retrying the
     * same request cannot succeed; dead-letter with the reason.
     */
    PERMANENT,
    /** 0 and 190 (authentication), 10 and 200 (permission): stop sending and raise an alert. */
    STOP_SENDING,
    /** 5xx and Meta's temporary errors (1, 2, 131000, 131016, 133004): retry with backoff. */
    RETRY
  }
}
