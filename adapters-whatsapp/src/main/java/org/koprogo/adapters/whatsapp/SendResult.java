/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.util.Objects;

/** What became of one send request: the four cases a caller must tell apart. */
public sealed interface SendResult {

  /** The Cloud API accepted the message and gave its id ({@code wamid.…}). */
  record Accepted(String wamid) implements SendResult {
    public Accepted {
      Objects.requireNonNull(wamid, "wamid");
    }
  }

  /** The Cloud API refused the message with an error: see {@link CloudApiError#disposition()}. */
  record Refused(CloudApiError error) implements SendResult {
    public Refused {
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * The request never left (no connection could be made): sending again cannot double the
   * message.
   */
  record NotSent(String reason) implements SendResult {
    public NotSent {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The request may have reached Meta but no usable answer came back (a timeout after sending, a
   * dropped connection, an answer without a message id). Sending again could double the message:
   * wait for a status webhook first.
   */
  record OutcomeUnknown(String reason) implements SendResult {
    public OutcomeUnknown {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
