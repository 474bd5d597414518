/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

/** A way of reaching a person; consent is given and withdrawn per channel. */
public enum Channel {
  /** WhatsApp, through the Cloud API. */
  WHATSAPP,
  /** E-mail. */
  EMAIL,
  /** SMS. */
  SMS,
  /** The person's in-app inbox, addressed by their id (no consent, no address). */
  IN_APP
}
