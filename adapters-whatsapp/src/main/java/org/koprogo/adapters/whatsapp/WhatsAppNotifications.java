/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * {@link Notifications} on WhatsApp: checks consent, renders the intent's template in the
 * recipient's language, and enqueues it in the {@link Outbox} once per business event and person
 * (in the caller's transaction). The {@link WhatsAppDispatcher} sends it later.
 *
 * <p>A recipient without a phone number is not reachable here: {@link NotifyOutcome#NO_CONSENT},
 * nothing queued.
 *
 * <p>Payment reminders ({@link Intent#DUE_IN_3_DAYS}, {@link Intent#DUE_IN_1_DAY}) expire at the
 * end of their due date: a reminder that could not leave before is useless.
 */
public final class WhatsAppNotifications implements Notifications {
  /** The outbox channel name of WhatsApp messages. */
  public static final String CHANNEL = "whatsapp";

  private final Outbox outbox;
  private final Consents consents;
  private final TemplateLanguages languages;
  private final Clock clock;
  private final ZoneId zone;

  /**
   * @param outbox where messages wait to be sent, never null
   * @param consents the consent register, never null
   * @param languages the languages the organisation registered its templates in, never null
   * @param clock the time, never null; its zone is the one due dates are counted in
   */
  public WhatsAppNotifications(Outbox outbox, Consents consents, TemplateLanguages languages, Clock clock) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.consents = Objects.requireNonNull(consents, "consents");
    this.languages = Objects.requireNonNull(languages, "languages");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = clock.zone();
  }

  @Override
  public Channel channel() {
    return Channel.WHATSAPP;
  }

  @Override
  public NotifyOutcome notify(Notification notification) {
    Objects.requireNonNull(notification, "notification");
    if (notification.recipient().phone() == null
        || !consents.allows(notification.recipient().person(), Channel.WHATSAPP)) {
      return NotifyOutcome.NO_CONSENT;
    }
    NotificationTemplate template = TemplateCatalogue.of(notification.intent());
    Language language = languages.choose(notification.recipient().language());
    WhatsAppPayload payload = new WhatsAppPayload(
        notification.recipient().person(),
        notification.recipient().phone().digits(),
        template.name(),
        language.code(),
        template.render(notification.values(), language));
    Outbox.Enqueued enqueued = outbox.enqueue(new Outbox.NewMessage(
        notification.key().organisation(),
        notification.key().outboxKey(kind(template)),
        CHANNEL,
        notification.recipient().phone().e164(),
        payload.toJson(),
        clock.now(),
        expiry(notification)));
    return enqueued.duplicate() ? NotifyOutcome.ALREADY_ENQUEUED : NotifyOutcome.ENQUEUED;
  }

  /** The outbox {@code kind} of a template's messages: {@code whatsapp:<template name>}. */
  public static String kind(NotificationTemplate template) {
    return CHANNEL + ":" + template.name();
  }

  private Instant expiry(Notification notification) {
    boolean reminder = notification.intent() == Intent.DUE_IN_3_DAYS || notification.intent() == Intent.DUE_IN_1_DAY;
    if (reminder && notification.values().get("dueDate") instanceof TemplateValue.Day due) {
      return due.date().plusDays(1).atStartOfDay(zone).toInstant();
    }
    return null;
  }
}
