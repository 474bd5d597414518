/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

/** What the SMTP server made of one message. */
public sealed interface SmtpResult {
  /** The server took responsibility for the message (250 after DATA). */
  record Accepted(String messageId) implements SmtpResult {}

  /**
   * The server refused it with a reply code: 4xx is transient (try again later), 5xx permanent
   * (the address does not exist, the message is refused).
   */
  record Refused(int code, String reason) implements SmtpResult {
    /** True for a 5xx reply. */
    public boolean permanent() {
      return code >= 500;
    }
  }

  /** Nothing reached the server (no connection, or the connection dropped before DATA ended). */
  record NotSent(String reason) implements SmtpResult {}

  /**
   * The message was transmitted but the server's final answer never came (a time-out or a
   * dropped connection after the end of DATA): it may have been accepted.
   */
  record OutcomeUnknown(String reason) implements SmtpResult {}
}
