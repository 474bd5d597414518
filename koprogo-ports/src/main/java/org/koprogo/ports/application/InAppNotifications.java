/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NoticeTexts;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * {@link Notifications} on the in-app inbox ({@link Channel#IN_APP}): the notice is enqueued in
 * the {@link Outbox} on the channel {@value #CHANNEL}, addressed to the person's id, once per
 * business event and person (in the caller's transaction), and the host's in-app delivery puts it
 * into the person's inbox, where they read it. It needs no consent and no address (the person
 * chose to read their notices in the app), so it always queues.
 *
 * <p>The payload is a JSON object of strings: {@code template} (the {@code Intent} name), {@code
 * language} (the recipient's code), {@code text} (the notice in that language, from {@link
 * NoticeTexts}) and each template value as {@code values.<name>} (an amount as {@code 250.00 EUR},
 * a date as {@code 2026-05-12}).
 *
 * <p>Thread-safe when the outbox and the texts are.
 */
public final class InAppNotifications implements Notifications {
  /** The outbox channel of in-app notices (the in-app inbox). */
  public static final String CHANNEL = "in-app";

  private final Outbox outbox;
  private final NoticeTexts texts;
  private final Clock clock;

  /**
   * The in-app channel on {@code outbox}.
   *
   * @param outbox where notices wait for delivery into the inbox, never null
   * @param texts the notices' words in each language, never null
   * @param clock the time, never null
   */
  public InAppNotifications(Outbox outbox, NoticeTexts texts, Clock clock) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Channel channel() {
    return Channel.IN_APP;
  }

  @Override
  public NotifyOutcome notify(Notification notification) {
    Objects.requireNonNull(notification, "notification");
    Language language = notification.recipient().language();
    String text = texts.text(notification.intent(), language, notification.values());
    Outbox.Enqueued enqueued = outbox.enqueue(new Outbox.NewMessage(
        notification.key().organisation(),
        notification.key().outboxKey(CHANNEL + ":" + notification.intent().name().toLowerCase(Locale.ROOT)),
        CHANNEL,
        notification.recipient().person().value(),
        payload(notification, language, text),
        clock.now(),
        null));
    return enqueued.duplicate() ? NotifyOutcome.ALREADY_ENQUEUED : NotifyOutcome.ENQUEUED;
  }

  private static String payload(Notification notification, Language language, String text) {
    StringBuilder out = new StringBuilder("{");
    field(out, "template", notification.intent().name());
    field(out, "language", language.code());
    field(out, "text", text);
    for (Map.Entry<String, TemplateValue> e : notification.values().entrySet()) {
      field(out, "values." + e.getKey(), plain(e.getValue()));
    }
    return out.append('}').toString();
  }

  private static void field(StringBuilder out, String name, String value) {
    if (out.length() > 1) {
      out.append(',');
    }
    PersonalDataFormats.string(out, name);
    out.append(':');
    PersonalDataFormats.string(out, value);
  }

  /** A value as data: a text as given, an amount with its currency, a date in ISO form. */
  private static String plain(TemplateValue value) {
    if (value instanceof TemplateValue.Text t) {
      return t.text();
    }
    if (value instanceof TemplateValue.Amount a) {
      return a.amount().toPlainString() + " " + a.amount().currency().getCurrencyCode();
    }
    return ((TemplateValue.Day) value).date().toString();
  }
}
