/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.util.Objects;
import org.koprogo.domain.notification.ContactChannel;

/**
 * How one owner's convocation must go. Civil Code art. 3.87 §3: by registered letter, unless the
 * addressee agreed individually, explicitly and in writing to receive it by another means of
 * communication; and the convocation states the place, the day and the hour of the meeting and its
 * agenda. The consent recorded on a channel (with its written proof) is that agreement, so a notice
 * on a channel the person consented to may be the convocation itself, but only on a channel that
 * carries the convocation document (agenda, proxy form): an email with the PDF attached. A WhatsApp
 * template message carries a few words of text, not the agenda: it announces the meeting, and the
 * convocation still goes on paper. Paper is the registered letter (the library does not record an
 * agreement to ordinary post).
 *
 * <p>An in-app notice ({@link ContactChannel#IN_APP}) is not the convocation either, even though
 * the app could show the document: the in-app channel takes no consent, so no written agreement to
 * receive convocations by that means is on record, and choosing a channel is not that agreement.
 * The in-app notice announces the meeting; the registered letter still goes. (Recording a written
 * agreement for in-app convocations would be a consent on that channel, with its proof, as for
 * email; the library does not offer it.)
 */
public enum ConvocationMeans {
  /** The email the owner agreed to in writing, carrying the convocation document. */
  AGREED_EMAIL,
  /** A registered letter: the syndic prints and posts the convocation. */
  REGISTERED_LETTER;

  /**
   * The means of one owner's convocation.
   *
   * @param channel the channel the owner's notice took ({@link ContactChannel#POST} when it went
   *     on paper), never null
   * @param queued whether the notice, carrying the convocation document, was queued on it (with
   *     the owner's consent in force)
   * @return {@link #AGREED_EMAIL} for a queued email, otherwise {@link #REGISTERED_LETTER} (WhatsApp,
   *     in-app, paper)
   */
  public static ConvocationMeans of(ContactChannel channel, boolean queued) {
    Objects.requireNonNull(channel, "channel");
    return channel == ContactChannel.EMAIL && queued ? AGREED_EMAIL : REGISTERED_LETTER;
  }

  /**
   * Whether the syndic must send this owner the convocation on paper.
   *
   * @return true for {@link #REGISTERED_LETTER}
   */
  public boolean byPost() {
    return this == REGISTERED_LETTER;
  }
}
