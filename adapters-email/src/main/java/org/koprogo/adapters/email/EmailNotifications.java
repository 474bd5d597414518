/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRegisters;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;

/**
 * {@link Notifications} by email: checks consent, finds the person's address, renders the
 * intent's template in the recipient's language, and enqueues it in the {@link Outbox} once per
 * business event and person (in the caller's transaction). The {@link EmailDispatcher} sends it.
 * A person without an address is treated as not reachable on this channel ({@link
 * NotifyOutcome#NO_CONSENT}: nothing is queued).
 */
public final class EmailNotifications implements Notifications {
  /** The outbox channel name of emails. */
  public static final String CHANNEL = "email";

  private final Outbox outbox;
  private final ConsentRegisters consents;
  private final EmailAddresses addresses;
  private final Clock clock;

  public EmailNotifications(Outbox outbox, Consents consents, EmailAddresses addresses, Clock clock) {
    this(outbox, registerOf(consents), addresses, clock);
  }

  /**
   * Email for several organisations: consent is checked in the register of each notification's
   * organisation.
   *
   * @param outbox where messages wait, never null
   * @param consents each organisation's consent register, never null
   * @param addresses where each person receives email, never null
   * @param clock the time, never null
   */
  public EmailNotifications(Outbox outbox, ConsentRegisters consents, EmailAddresses addresses, Clock clock) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.consents = Objects.requireNonNull(consents, "consents");
    this.addresses = Objects.requireNonNull(addresses, "addresses");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public NotifyOutcome notify(Notification notification) {
    return notify(notification, null);
  }

  /**
   * Like {@link #notify(Notification)}, with a file attached (the PDF of a convocation).
   *
   * @param attachment the file, or null
   */
  public NotifyOutcome notify(Notification notification, EmailPayload.Attachment attachment) {
    Objects.requireNonNull(notification, "notification");
    if (!consents.of(notification.key().organisation()).allows(notification.recipient().person(), Channel.EMAIL)) {
      return NotifyOutcome.NO_CONSENT;
    }
    Optional<String> to = addresses.of(notification.key().organisation(), notification.recipient().person());
    if (to.isEmpty() || to.get().isBlank()) {
      return NotifyOutcome.NO_CONSENT;
    }
    EmailTemplates.Rendered text = EmailTemplates.render(notification.intent(), notification.recipient().language(),
        notification.values(), attachment != null);
    EmailPayload payload = new EmailPayload(notification.recipient().person().value(), to.get(),
        notification.recipient().language().code(), text.subject(), text.body(), attachment);
    Outbox.Enqueued enqueued = outbox.enqueue(new Outbox.NewMessage(
        notification.key().organisation(),
        notification.key().outboxKey(kind(notification)),
        CHANNEL,
        to.get(),
        payload.toJson(),
        clock.now(),
        null));
    return enqueued.duplicate() ? NotifyOutcome.ALREADY_ENQUEUED : NotifyOutcome.ENQUEUED;
  }

  private static ConsentRegisters registerOf(Consents consents) {
    Objects.requireNonNull(consents, "consents");
    return organisation -> consents;
  }

  /** The outbox {@code kind} of an email: {@code email:<intent>}. */
  static String kind(Notification notification) {
    return CHANNEL + ":" + notification.intent().name().toLowerCase(java.util.Locale.ROOT);
  }
}
