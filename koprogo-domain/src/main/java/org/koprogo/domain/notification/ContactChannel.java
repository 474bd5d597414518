/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.notification;

import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The channel a person chose to receive the organisation's notices on. The names are stable:
 * they are stored and exchanged as they are.
 */
public enum ContactChannel {
  /** WhatsApp template messages on the person's phone number; needs the person's opt-in. */
  WHATSAPP(true),
  /** Email to the person's address; needs the person's written agreement (opt-in). */
  EMAIL(true),
  /**
   * Paper: nothing is sent electronically; the organisation writes (for a convocation, the
   * registered letter of Civil Code art. 3.87 §3).
   */
  POST(false),
  /**
   * The person's in-app inbox, read when they sign in: the notice is addressed to their id, so it
   * needs no address and no consent (like {@link #POST}, it uses nothing the person has not
   * already given the organisation). It is not a convocation: Civil Code art. 3.87 §3 lets a
   * convocation go by another means than the registered letter only with the addressee's written
   * agreement to that means, which the library records only for {@link #EMAIL} (see {@code
   * ConvocationMeans}); a person who chose in-app is still convened by registered letter, and the
   * in-app notice announces the meeting.
   */
  IN_APP(false);

  private final boolean needsConsent;

  ContactChannel(boolean needsConsent) {
    this.needsConsent = needsConsent;
  }

  /**
   * Whether a notice may go on this channel only with the person's consent in force. WhatsApp:
   * GDPR art. 6(1)(a) and Meta's opt-in policy. Email: Civil Code art. 3.87 §3 lets a convocation
   * go by another means than the registered letter only if the addressee agreed individually,
   * explicitly and in writing; the library asks the same agreement for every email notice.
   *
   * @return true for {@link #WHATSAPP} and {@link #EMAIL}, false for {@link #POST} and {@link
   *     #IN_APP}
   */
  public boolean needsConsent() {
    return needsConsent;
  }

  /**
   * The channel of a stored or received name.
   *
   * @param name the stable name ({@code WHATSAPP}, {@code EMAIL}, {@code POST}, {@code IN_APP}),
   *     case as stored
   * @param field the field path reported in an error ({@code "channel"})
   * @return the channel, never null
   * @throws KoproGoException {@code MISSING_FIELD} when {@code name} is null or blank, {@code
   *     INVALID_FIELD} naming {@code field} when it is no channel
   */
  public static ContactChannel parse(String name, String field) {
    if (name == null || name.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
    for (ContactChannel c : values()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    String shown = name.length() > 64 ? name.substring(0, 64) + "..." : name;
    throw KoproGoException.of(ErrorCode.INVALID_FIELD,
        field + " '" + shown + "' is not one of WHATSAPP, EMAIL, POST, IN_APP", "field", field,
        "value", shown);
  }
}
