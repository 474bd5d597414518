/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.notification;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which channel a notice to one person takes: the channel the person chose, if they can be
 * reached on it (an address, and their consent in force where {@link
 * ContactChannel#needsConsent()}); otherwise paper. The in-app inbox ({@link
 * ContactChannel#IN_APP}) is addressed by the person's id and needs no consent: a person who chose
 * it is always reached there. A person who chose nothing is reached on WhatsApp if they opted in
 * there, else by email if they opted in there, else by paper (never in-app by default: the person
 * must choose to read their notices in the app).
 *
 * <p>A chosen channel the person cannot be reached on does not fall back to another electronic
 * channel: the person chose, and paper is the legal default (Civil Code art. 3.87 §3 for a
 * convocation). The route says why, so the organisation knows whom to write to.
 */
public final class ChannelChoice {
  private ChannelChoice() {}

  /**
   * The route of a notice.
   *
   * @param chosen the person's chosen channel, empty when they chose none; never null
   * @param consented the channels on which the person's consent is in force; never null
   * @param hasPhone whether the person has a phone number on record
   * @param hasEmail whether the person has an email address on record
   * @return the channel and the reason, never null
   */
  public static Route route(
      Optional<ContactChannel> chosen, Set<ContactChannel> consented, boolean hasPhone, boolean hasEmail) {
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(consented, "consented");
    if (chosen.isPresent()) {
      ContactChannel c = chosen.get();
      if (c == ContactChannel.POST || c == ContactChannel.IN_APP) {
        return new Route(c, Reason.CHOSEN);
      }
      boolean address = c == ContactChannel.WHATSAPP ? hasPhone : hasEmail;
      if (!address) {
        return new Route(ContactChannel.POST, Reason.NO_ADDRESS);
      }
      if (c.needsConsent() && !consented.contains(c)) {
        return new Route(ContactChannel.POST, Reason.NO_CONSENT);
      }
      return new Route(c, Reason.CHOSEN);
    }
    if (hasPhone && consented.contains(ContactChannel.WHATSAPP)) {
      return new Route(ContactChannel.WHATSAPP, Reason.CONSENTED);
    }
    if (hasEmail && consented.contains(ContactChannel.EMAIL)) {
      return new Route(ContactChannel.EMAIL, Reason.CONSENTED);
    }
    return new Route(ContactChannel.POST, Reason.NOTHING_CHOSEN);
  }

  /** Why a notice takes its route. */
  public enum Reason {
    /** The person chose this channel and can be reached on it. */
    CHOSEN,
    /** The person chose nothing and opted in on this channel. */
    CONSENTED,
    /** The person chose an electronic channel without an address on record for it: paper. */
    NO_ADDRESS,
    /** The person chose an electronic channel without their consent in force on it: paper. */
    NO_CONSENT,
    /** The person chose nothing and opted in nowhere: paper. */
    NOTHING_CHOSEN
  }

  /**
   * A notice's route.
   *
   * @param channel the channel it takes, never null ({@link ContactChannel#POST}: a letter)
   * @param reason why, never null
   */
  public record Route(ContactChannel channel, Reason reason) {
    /**
     * A route.
     *
     * @param channel the channel, never null
     * @param reason why, never null
     */
    public Route {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * Whether the notice leaves electronically (not on paper).
     *
     * @return false for {@link ContactChannel#POST}
     */
    public boolean electronic() {
      return channel != ContactChannel.POST;
    }
  }
}
