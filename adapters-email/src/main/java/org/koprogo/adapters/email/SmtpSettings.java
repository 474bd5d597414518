/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the SMTP server that relays the organisation's email.
 *
 * @param host the server's host name
 * @param port its port (587 with STARTTLS, 25 between servers, any port in tests)
 * @param from the sender address ({@code syndic@example.org})
 * @param username the account, or null for a server that needs none
 * @param password its password, or null
 * @param startTls whether to require STARTTLS (always in production)
 * @param timeout the connection and read time-out
 */
public record SmtpSettings(
    String host, int port, String from, String username, String password, boolean startTls, Duration timeout) {
  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not 1 to 65535");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the time-out is positive");
    }
  }

  /** A server without authentication nor TLS: a test server, or a relay on the same host. */
  public static SmtpSettings plain(String host, int port, String from) {
    return new SmtpSettings(host, port, from, null, null, false, Duration.ofSeconds(10));
  }

  @Override
  public String toString() {
    return "SmtpSettings[" + host + ":" + port + ", from " + from + ", user " + username
        + (password == null ? "" : ", password ***") + ", startTls " + startTls + "]";
  }
}
